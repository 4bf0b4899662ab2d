namespace Conformance.Fuzz.Traffic;

using Conformance.Adapters;

/// <summary>Replays a saved finding once against a target: the same prelude, the same case, the same oracles.</summary>
public static class TrafficReplay
{
    /// <summary>The verdict of the replay; null when no oracle fired (the finding no longer reproduces).</summary>
    public static async Task<OracleVerdict?> RunAsync(TrafficFinding finding, ITarget target, TargetUser user, string? allowLiveMailbox, CancellationToken cancellationToken)
    {
        LiveSafety.CheckLiveCampaign(finding.TargetKind, allowLiveMailbox, user.Name);
        if (TrafficTargets.IsLive(finding.TargetKind) && !LiveSafety.IsAllowed(finding.Case))
        {
            throw new InvalidOperationException("the finding's case is not allowed against a live server (see LiveSafety)");
        }

        var runner = new TrafficRunner(target, user, TimeSpan.FromMilliseconds(finding.HangMilliseconds));
        try
        {
            (_, OracleVerdict? verdict) = await runner.RunAsync(finding.Case, checkLiveness: true, null, cancellationToken).ConfigureAwait(false);
            return verdict;
        }
        catch (PreludeFailedException failed)
        {
            return new OracleVerdict("liveness", "prelude", "no-answer", failed.Message);
        }
    }
}
