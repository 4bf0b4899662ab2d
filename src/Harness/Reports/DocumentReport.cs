namespace Conformance.Harness.Reports;

/// <summary>One specification's sections, in document order.</summary>
public sealed record DocumentReport
{
    public string Document { get; init; } = string.Empty;

    public IReadOnlyList<SectionReport> Sections { get; init; } = [];
}
