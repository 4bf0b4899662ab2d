namespace Conformance.Harness.Reports;

/// <summary>
/// One <c>&lt;uuid&gt;-result.json</c> of the Allure 2/3 results format: one test of the run (or one
/// pseudo-test gathering adapter checkpoints). Property names follow the schema exactly once camelCased.
/// </summary>
public sealed record AllureResult
{
    public string Uuid { get; init; } = string.Empty;

    public string HistoryId { get; init; } = string.Empty;

    public string TestCaseId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string FullName { get; init; } = string.Empty;

    public string Status { get; init; } = AllureStatus.Passed;

    public AllureStatusDetails? StatusDetails { get; init; }

    public string Stage { get; init; } = "finished";

    public long Start { get; init; }

    public long Stop { get; init; }

    public IReadOnlyList<AllureLabel> Labels { get; init; } = [];

    public IReadOnlyList<AllureLink> Links { get; init; } = [];

    public IReadOnlyList<AllureParameter> Parameters { get; init; } = [];

    public IReadOnlyList<AllureStep> Steps { get; init; } = [];

    public IReadOnlyList<AllureAttachment> Attachments { get; init; } = [];
}
