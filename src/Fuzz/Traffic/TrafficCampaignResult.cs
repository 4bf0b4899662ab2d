namespace Conformance.Fuzz.Traffic;

/// <summary>How a campaign run ended: cases run (this run), time, the new and total findings.</summary>
public sealed record TrafficCampaignResult(long Cases, TimeSpan Elapsed, IReadOnlyList<TrafficFinding> NewFindings, int TotalFindings, string? StoppedBecause)
{
    public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? Cases / Elapsed.TotalSeconds : 0;
}
