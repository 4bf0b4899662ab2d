namespace Conformance.Harness.Tests.Profiles;

using Conformance.Harness.Catalog;
using Conformance.Harness.Profiles;
using Conformance.Harness.Traceability;

/// <summary>Every report verdict from synthetic checkpoints.</summary>
public sealed class VerdictRulesTests
{
    private static readonly CatalogEntry Must = new() { Id = "MS-X-R0001", Level = RequirementLevel.Must };
    private static readonly CatalogEntry Should = new() { Id = "MS-X-R0002", Level = RequirementLevel.Should };
    private static readonly CatalogEntry May = new() { Id = "MS-X-R0003", Level = RequirementLevel.May };

    private static readonly ImplementationProfile Profile = new()
    {
        Name = "p",
        Entries =
        [
            new ProfileEntry { Id = "MS-X-R0002", Expectation = ProfileExpectation.DoesNotFollow, Reason = "note 8" },
            new ProfileEntry { Id = "MS-X-R0003", Expectation = ProfileExpectation.Follows, Reason = "option" },
        ],
    };

    [Test]
    public void MustVerifiedOrViolated()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Decide(Must, ImplementationProfile.Default, Seen(CheckpointOutcome.Passed, true)).Verdict, Is.EqualTo(Verdict.Verified));
            Assert.That(Decide(Must, ImplementationProfile.Default, Seen(CheckpointOutcome.Passed, true), Seen(CheckpointOutcome.Failed, false)).Verdict, Is.EqualTo(Verdict.Violated));
        });
    }

    [Test]
    public void ShouldNotFollowedSaysWhetherTheProfileExpectedIt()
    {
        RequirementVerdict expected = Decide(Should, Profile, Seen(CheckpointOutcome.ShouldNotFollowed, false));
        RequirementVerdict unexpected = Decide(Should, ImplementationProfile.Default, Seen(CheckpointOutcome.ShouldNotFollowed, false));
        Assert.Multiple(() =>
        {
            Assert.That(expected.Verdict, Is.EqualTo(Verdict.ShouldNotFollowed));
            Assert.That(expected.AsProfileExpects, Is.True);
            Assert.That(expected.Reason, Does.Contain("note 8"));
            Assert.That(unexpected.Verdict, Is.EqualTo(Verdict.ShouldNotFollowed));
            Assert.That(unexpected.AsProfileExpects, Is.False);
        });
    }

    [Test]
    public void MayIsVerifiedWhenObservedAndInconclusiveAgainstTheProfile()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Decide(May, ImplementationProfile.Default, Seen(CheckpointOutcome.Observed, false)).Verdict, Is.EqualTo(Verdict.Verified));
            Assert.That(Decide(May, Profile, Seen(CheckpointOutcome.Observed, true)).Verdict, Is.EqualTo(Verdict.Verified));
            Assert.That(Decide(May, Profile, Seen(CheckpointOutcome.Observed, false)).Verdict, Is.EqualTo(Verdict.Inconclusive));
        });
    }

    [Test]
    public void NotApplicableWinsOverCheckpoints()
    {
        var profile = new ImplementationProfile { Name = "p", Entries = [new ProfileEntry { Id = Must.Id, Expectation = ProfileExpectation.NotApplicable, Reason = "undefined" }] };
        Assert.That(Decide(Must, profile, Seen(CheckpointOutcome.Failed, false)).Verdict, Is.EqualTo(Verdict.NotApplicableForProfile));
    }

    [Test]
    public void NothingRecordedIsNotRunOrNotCovered()
    {
        Assert.Multiple(() =>
        {
            Assert.That(VerdictRules.Decide(Must, ImplementationProfile.Default, [], covered: true).Verdict, Is.EqualTo(Verdict.NotRun));
            Assert.That(VerdictRules.Decide(Must, ImplementationProfile.Default, [], covered: false).Verdict, Is.EqualTo(Verdict.NotCovered));
        });
    }

    [Test]
    public void OnlyInconclusiveCheckpointsAreInconclusive() =>
        Assert.That(Decide(Must, ImplementationProfile.Default, Seen(CheckpointOutcome.Inconclusive, false)).Verdict, Is.EqualTo(Verdict.Inconclusive));

    private static RequirementVerdict Decide(CatalogEntry entry, ImplementationProfile profile, params Checkpoint[] checkpoints) =>
        VerdictRules.Decide(entry, profile, checkpoints, covered: true);

    private static Checkpoint Seen(CheckpointOutcome outcome, bool held) =>
        new() { RequirementId = "MS-X", Outcome = outcome, Held = held, Message = outcome.ToString(), Expected = "e", Actual = "a" };
}
