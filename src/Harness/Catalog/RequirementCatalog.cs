namespace Conformance.Harness.Catalog;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>The catalog of one specification: a JSON file per document, for example catalog/MS-OXCPRPT.json.</summary>
public sealed class RequirementCatalog
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Document { get; set; } = string.Empty;

    public List<CatalogEntry> Entries { get; set; } = [];

    public static string FileNameFor(string document) => document + ".json";

    public static RequirementCatalog Load(string path) =>
        JsonSerializer.Deserialize<RequirementCatalog>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: not a catalog");

    /// <summary>The catalog at <paramref name="path"/>, or an empty one for <paramref name="document"/>.</summary>
    public static RequirementCatalog LoadOrCreate(string path, string document) =>
        File.Exists(path) ? Load(path) : new RequirementCatalog { Document = document };

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The next unused ID: one past the highest ever assigned, retired ones included.</summary>
    public string NextId()
    {
        int highest = Entries
            .Select(e => e.Id[(e.Id.LastIndexOf("-R", StringComparison.Ordinal) + 2)..])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"{Document}-R{highest + 1:D4}";
    }
}
