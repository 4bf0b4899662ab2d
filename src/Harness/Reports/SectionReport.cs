namespace Conformance.Harness.Reports;

/// <summary>The entries of one section of a document, in ID order.</summary>
public sealed record SectionReport
{
    public string Section { get; init; } = string.Empty;

    public IReadOnlyList<RequirementReport> Requirements { get; init; } = [];
}
