namespace Conformance.Harness.Reports;

using Conformance.Harness.Profiles;

/// <summary>One cell of the matrix: the verdict of one entry on one target, the tests whose checkpoints led to it, and the failures behind it.</summary>
public sealed record TargetResult
{
    public string Target { get; init; } = string.Empty;

    public Verdict Verdict { get; init; }

    public string Reason { get; init; } = string.Empty;

    public bool AsProfileExpects { get; init; } = true;

    public int CheckpointCount { get; init; }

    public IReadOnlyList<string> Tests { get; init; } = [];

    /// <summary>The capture file of each of <see cref="Tests"/> that has one (test full name to path).</summary>
    public IReadOnlyDictionary<string, string> Captures { get; init; } = new Dictionary<string, string>();

    /// <summary>The first failed or not followed checkpoints (at most <see cref="ReportBuilder.MaxFailuresPerCell"/>).</summary>
    public IReadOnlyList<FailureDetail> Failures { get; init; } = [];
}
