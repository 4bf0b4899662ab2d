namespace Conformance.Harness.Reports;

/// <summary>One Allure step: here one checkpoint, named by its requirement ID and catalog summary.</summary>
public sealed record AllureStep
{
    public string Name { get; init; } = string.Empty;

    public string Status { get; init; } = AllureStatus.Passed;

    public AllureStatusDetails? StatusDetails { get; init; }

    public string Stage { get; init; } = "finished";

    public long Start { get; init; }

    public long Stop { get; init; }

    public IReadOnlyList<AllureParameter> Parameters { get; init; } = [];

    public IReadOnlyList<AllureStep> Steps { get; init; } = [];

    public IReadOnlyList<AllureAttachment> Attachments { get; init; } = [];
}
