namespace Conformance.Fuzz.Traffic.ReturnValues;

using System.Globalization;
using System.Text.Json;
using Conformance.Protocol.Rops;

/// <summary>The two data files behind <see cref="AllowedReturnValues"/>, embedded in this assembly.</summary>
public static class ReturnValueTables
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Per ROP, the codes its own sections name (rop-error-tables.json).</summary>
    public static IReadOnlyDictionary<RopId, IReadOnlyList<RopErrorCode>> RopTables { get; } = LoadRopTables();

    /// <summary>The feature-bound codes (feature-codes.json).</summary>
    public static IReadOnlyList<FeatureCode> FeatureCodes { get; } = Load<List<FeatureCode>>("feature-codes.json");

    /// <summary>"0x80030019" to 0x80030019.</summary>
    public static uint ParseCode(string value) =>
        value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && uint.TryParse(value.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint code)
            ? code
            : throw new FormatException($"'{value}' is not a code written as 0x and eight hex digits");

    private static Dictionary<RopId, IReadOnlyList<RopErrorCode>> LoadRopTables()
    {
        var tables = new Dictionary<RopId, IReadOnlyList<RopErrorCode>>();
        foreach ((string rop, List<RopErrorCode> codes) in Load<Dictionary<string, List<RopErrorCode>>>("rop-error-tables.json"))
        {
            tables[Enum.Parse<RopId>(rop)] = codes;
        }

        return tables;
    }

    private static T Load<T>(string name)
    {
        using Stream stream = typeof(ReturnValueTables).Assembly.GetManifestResourceStream($"Conformance.Fuzz.Traffic.ReturnValues.{name}")
            ?? throw new InvalidOperationException($"the resource {name} is not embedded");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"{name} is empty");
    }
}
