namespace Conformance.Harness.Reports;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>reports/traceability.json: camelCase, indented, nulls left out, enums by their catalog or kebab-case names.</summary>
public static class ReportJson
{
    public const string FileName = "traceability.json";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static string Serialize(TraceabilityReport report) => JsonSerializer.Serialize(report, Options) + "\n";

    public static TraceabilityReport Deserialize(string json) =>
        JsonSerializer.Deserialize<TraceabilityReport>(json, Options) ?? throw new InvalidDataException("not a traceability report");

    public static void Save(TraceabilityReport report, string path) => File.WriteAllText(path, Serialize(report));

    public static TraceabilityReport Load(string path) => Deserialize(File.ReadAllText(path));
}
