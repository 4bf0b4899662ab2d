namespace Conformance.Fuzz.Traffic;

/// <summary>The options of <c>conformance fuzz traffic</c>.</summary>
public sealed record TrafficCampaignOptions
{
    public required string Target { get; init; }

    public required string TargetKind { get; init; }

    public required int Seed { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(8);

    public required string OutputFolder { get; init; }

    public string ReportFolder { get; init; } = Path.Combine("reports", "fuzz");

    public bool Resume { get; init; }

    public TimeSpan HangThreshold { get; init; } = TimeSpan.FromMilliseconds(2000);

    /// <summary>A capture file or folder (src/Adapters/Capture) whose requests seed the corpus.</summary>
    public string? Corpus { get; init; }

    /// <summary>Against a live target: the one mailbox the campaign may use.</summary>
    public string? AllowLiveMailbox { get; init; }

    /// <summary>The liveness oracle runs after every Nth case (and after any case that ended badly).</summary>
    public int LivenessEvery { get; init; } = 25;

    /// <summary>
    /// On a target the harness hosts (server control offers <see cref="Adapters.IServerControl.RestoreInitialContent"/>):
    /// the store is returned to its initial content before every Nth case, so state the cases leave outside the test
    /// folder stays bounded over a long run; 0 never.
    /// </summary>
    public int RestoreEvery { get; init; } = 1000;

    public TimeSpan SaveInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Stops after this many cases (tests); null for the duration only.</summary>
    public long? MaximumCases { get; init; }

    public bool Minimize { get; init; } = true;
}
