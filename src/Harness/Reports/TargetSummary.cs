namespace Conformance.Harness.Reports;

/// <summary>
/// What the report knows about one target: where its checkpoints came from, whether the file was there
/// (a missing file is a run without results, not an error), the checkpoints naming no live entry, and its figures.
/// </summary>
public sealed record TargetSummary
{
    public string Name { get; init; } = string.Empty;

    public string CheckpointsFile { get; init; } = string.Empty;

    public bool ResultsFound { get; init; }

    public int CheckpointCount { get; init; }

    public string Profile { get; init; } = string.Empty;

    /// <summary>IDs recorded in the run that are retired or unknown to today's catalogs (an old run, or a typo).</summary>
    public IReadOnlyList<string> UnknownRequirementIds { get; init; } = [];

    public HeadlineFigures Figures { get; init; } = new();
}
