namespace Conformance.Harness.Reports;

using Conformance.Harness.Traceability;

/// <summary>One checkpoint that did not hold (failed or should-not-followed), with what a reader needs to see why.</summary>
public sealed record FailureDetail
{
    public CheckpointOutcome Outcome { get; init; }

    public string Test { get; init; } = string.Empty;

    public CheckpointSource Source { get; init; }

    public string Expected { get; init; } = string.Empty;

    public string Actual { get; init; } = string.Empty;

    public string Message { get; init; } = string.Empty;

    public CheckpointExchange? Exchange { get; init; }
}
