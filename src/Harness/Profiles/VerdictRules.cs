namespace Conformance.Harness.Profiles;

using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;

/// <summary>
/// Turns the checkpoints of one entry into its report verdict, given the target's profile:
/// <list type="number">
/// <item>the profile says not-applicable: not-applicable-for-profile, whatever was recorded;</item>
/// <item>no checkpoint: not-run when a test or adapter check covers the entry, else not-covered;</item>
/// <item>only inconclusive checkpoints: inconclusive;</item>
/// <item>MUST / MUST NOT: any failure is violated, else verified;</item>
/// <item>SHOULD / SHOULD NOT: any "not followed" is should-not-followed, else verified (either way the
/// reason says whether the profile expected it);</item>
/// <item>MAY: verified when the profile has no expectation or the observed choice matches it; a choice
/// against the profile is inconclusive (a MAY cannot be violated, but the profile is then wrong).</item>
/// </list>
/// </summary>
public static class VerdictRules
{
    public static RequirementVerdict Decide(CatalogEntry entry, ImplementationProfile profile, IReadOnlyCollection<Checkpoint> checkpoints, bool covered)
    {
        ProfileEntry? listed = profile.Find(entry.Id);
        if (listed?.Expectation == ProfileExpectation.NotApplicable)
        {
            return new(entry.Id, Verdict.NotApplicableForProfile, $"{profile.Name}: {listed.Reason}");
        }

        Checkpoint[] judged = [.. checkpoints.Where(c => c.Outcome != CheckpointOutcome.Inconclusive)];
        if (checkpoints.Count == 0)
        {
            return covered
                ? new(entry.Id, Verdict.NotRun, "covered, but no checkpoint was recorded in this run")
                : entry.Verification == VerificationKind.NotTestable
                    ? new(entry.Id, Verdict.NotCovered, $"not testable: {entry.NotTestableReason}")
                    : new(entry.Id, Verdict.NotCovered, "no test is tagged with it and no adapter check implements it");
        }

        if (judged.Length == 0)
        {
            return new(entry.Id, Verdict.Inconclusive, checkpoints.First().Message);
        }

        ProfileExpectation? expected = profile.ExpectationFor(entry);
        string because = listed is null ? string.Empty : $" ({profile.Name}: {listed.Reason})";
        switch (entry.Level)
        {
            case RequirementLevel.Must or RequirementLevel.MustNot:
            {
                Checkpoint? failed = judged.FirstOrDefault(c => c.Outcome == CheckpointOutcome.Failed);
                return failed is null
                    ? new(entry.Id, Verdict.Verified, $"{judged.Length} checkpoint(s) held", expected != ProfileExpectation.DoesNotFollow)
                    : new(entry.Id, Verdict.Violated, $"{Count(judged, CheckpointOutcome.Failed)} of {judged.Length} failed; first: {failed.Message} (expected {failed.Expected}, actual {failed.Actual}){because}", expected == ProfileExpectation.DoesNotFollow);
            }

            case RequirementLevel.Should or RequirementLevel.ShouldNot:
            {
                Checkpoint? missed = judged.FirstOrDefault(c => c.Outcome == CheckpointOutcome.ShouldNotFollowed);
                return missed is null
                    ? new(entry.Id, Verdict.Verified, $"{judged.Length} checkpoint(s) held{because}", expected != ProfileExpectation.DoesNotFollow)
                    : new(entry.Id, Verdict.ShouldNotFollowed, $"{Count(judged, CheckpointOutcome.ShouldNotFollowed)} of {judged.Length} not followed; first: {missed.Message} (expected {missed.Expected}, actual {missed.Actual}){because}", expected == ProfileExpectation.DoesNotFollow);
            }

            default:
            {
                bool took = judged.All(c => c.Held);
                bool left = judged.All(c => !c.Held);
                string observed = took ? "the permitted choice was taken" : left ? "the permitted choice was not taken" : "both choices were seen";
                bool matches = expected switch
                {
                    ProfileExpectation.Follows => took,
                    ProfileExpectation.DoesNotFollow => left,
                    _ => true,
                };
                return matches
                    ? new(entry.Id, Verdict.Verified, $"observed: {observed}{because}")
                    : new(entry.Id, Verdict.Inconclusive, $"observed: {observed}, against the profile{because}", AsProfileExpects: false);
            }
        }
    }

    private static int Count(IEnumerable<Checkpoint> checkpoints, CheckpointOutcome outcome) => checkpoints.Count(c => c.Outcome == outcome);
}
