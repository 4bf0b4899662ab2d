namespace Conformance.Harness.Reports;

using System.Text.Json.Serialization;

/// <summary>
/// The static traceability report: the targets with their headline figures, then every live catalog
/// entry by document and section with one verdict per target. Serialized as reports/traceability.json
/// and rendered as reports/index.html; it holds no timestamp so the same inputs give the same bytes.
/// </summary>
public sealed record TraceabilityReport
{
    public IReadOnlyList<TargetSummary> Targets { get; init; } = [];

    public IReadOnlyList<DocumentReport> Documents { get; init; } = [];

    /// <summary>Every entry in report order (derived, not serialized).</summary>
    [JsonIgnore]
    public IEnumerable<RequirementReport> Requirements => Documents.SelectMany(d => d.Sections).SelectMany(s => s.Requirements);
}
