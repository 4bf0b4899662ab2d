namespace Conformance.Harness.Reports;

using Conformance.Harness.Catalog;

/// <summary>
/// One live catalog entry as the report shows it: the catalog facts, every test known to check it (from
/// any target's checkpoints and from the tags of the scanned test assemblies), and one result per target
/// in the order of <see cref="TraceabilityReport.Targets"/>.
/// </summary>
public sealed record RequirementReport
{
    public string Id { get; init; } = string.Empty;

    public string Document { get; init; } = string.Empty;

    public string Section { get; init; } = string.Empty;

    public RequirementLevel Level { get; init; }

    public RequirementRole Role { get; init; }

    public StatementKind Kind { get; init; }

    public VerificationKind Verification { get; init; }

    public string? NotTestableReason { get; init; }

    /// <summary>The Appendix A product-behavior note numbers.</summary>
    public IReadOnlyList<int> ProductBehaviorNotes { get; init; } = [];

    public string Summary { get; init; } = string.Empty;

    public IReadOnlyList<string> Tests { get; init; } = [];

    public IReadOnlyList<TargetResult> Results { get; init; } = [];
}
