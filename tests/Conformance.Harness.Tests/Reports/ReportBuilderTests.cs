namespace Conformance.Harness.Tests.Reports;

using Conformance.Harness.Catalog;
using Conformance.Harness.Profiles;
using Conformance.Harness.Reports;
using Conformance.Harness.Traceability;

public sealed class ReportBuilderTests
{
    [Test]
    public void VerdictsFollowTheCheckpointsAndTheProfile()
    {
        using var run = new SyntheticRun();
        TraceabilityReport report = Build(run);
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(report, SyntheticRun.PassedMust), Is.EqualTo(Conformance.Harness.Profiles.Verdict.Verified));
            Assert.That(Verdict(report, SyntheticRun.FailedMust), Is.EqualTo(Conformance.Harness.Profiles.Verdict.Violated));
            Assert.That(Verdict(report, SyntheticRun.MissedShould), Is.EqualTo(Conformance.Harness.Profiles.Verdict.ShouldNotFollowed));
            Assert.That(Verdict(report, SyntheticRun.ObservedMay), Is.EqualTo(Conformance.Harness.Profiles.Verdict.Verified));

            TargetResult failed = Entry(report, SyntheticRun.FailedMust).Results.Single();
            Assert.That(failed.Failures.Single().Actual, Is.EqualTo(SyntheticRun.FailedActual));
            Assert.That(failed.Failures.Single().Exchange!.RequestHex, Is.EqualTo("0700000102000000"));
            Assert.That(failed.Tests, Is.EqualTo(new[] { "Synthetic.Tests." + SyntheticRun.FailedMust }));
        });
    }

    [Test]
    public void HeadlineCountsTheVerdictsAndTheCoverage()
    {
        using var run = new SyntheticRun();
        TraceabilityReport report = Build(run);
        HeadlineFigures figures = report.Targets.Single().Figures;
        RequirementReport[] all = [.. report.Requirements];
        Assert.Multiple(() =>
        {
            Assert.That(figures.Requirements, Is.EqualTo(SyntheticRun.Index.Entries.Count()));
            Assert.That(figures.Testable, Is.EqualTo(SyntheticRun.Index.Entries.Count(e => e.Verification != VerificationKind.NotTestable)));
            Assert.That(figures.Verified, Is.EqualTo(2));
            Assert.That(figures.Violated, Is.EqualTo(1));
            Assert.That(figures.ShouldNotFollowed, Is.EqualTo(1));
            Assert.That(figures.Covered, Is.EqualTo(4));
            Assert.That(figures.CoveragePercent, Is.EqualTo(Math.Round(400.0 / figures.Testable, 1)));
            Assert.That(figures.NotCovered + figures.NotRun + figures.Verified + figures.Violated + figures.ShouldNotFollowed + figures.Inconclusive + figures.NotApplicableForProfile, Is.EqualTo(all.Length));
            Assert.That(all.Select(r => (r.Document, r.Section)).Distinct().Count(), Is.EqualTo(report.Documents.Sum(d => d.Sections.Count)));
        });
    }

    [Test]
    public void ATaggedTestThatBrokeBeforeItsCheckpointMakesTheEntryInconclusive()
    {
        using var run = new SyntheticRun();
        string folder = Path.Combine(Path.GetTempPath(), $"trx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "run.trx"), """
                <?xml version="1.0" encoding="utf-8"?>
                <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
                  <Results>
                    <UnitTestResult testId="a" testName="AccessLevel" outcome="Failed"><Output><ErrorInfo><Message>RopOpenMessage failed with ecNotFound</Message></ErrorInfo></Output></UnitTestResult>
                  </Results>
                  <TestDefinitions>
                    <UnitTest name="AccessLevel" id="a"><TestMethod className="Suite.Tests" name="AccessLevel" /></UnitTest>
                  </TestDefinitions>
                </TestRun>
                """);
            IReadOnlyDictionary<string, TestOutcome> outcomes = TrxOutcomes.Load(folder);
            TraceabilityReport report = ReportBuilder.Build(
                SyntheticRun.Index,
                [new ReportTarget("embedded", run.CheckpointsPath, SyntheticRun.Reference, outcomes)],
                [new TaggedTest("Suite", "Suite.Tests.AccessLevel", "MS-OXCPRPT-R0002")]);
            TargetResult result = Entry(report, "MS-OXCPRPT-R0002").Results.Single();
            Assert.Multiple(() =>
            {
                Assert.That(outcomes["Suite.Tests.AccessLevel"].Broke, Is.True);
                Assert.That(result.Verdict, Is.EqualTo(Conformance.Harness.Profiles.Verdict.Inconclusive));
                Assert.That(result.Reason, Does.Contain("ecNotFound"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TaggedTestsCoverAnEntryWithoutCheckpoints()
    {
        using var run = new SyntheticRun();
        TraceabilityReport report = ReportBuilder.Build(
            SyntheticRun.Index,
            [new ReportTarget("embedded", run.CheckpointsPath, SyntheticRun.Reference)],
            [new TaggedTest("Suite", "Suite.Tests.AccessLevel", "MS-OXCPRPT-R0002")]);
        RequirementReport tagged = Entry(report, "MS-OXCPRPT-R0002");
        Assert.Multiple(() =>
        {
            Assert.That(tagged.Tests, Is.EqualTo(new[] { "Suite.Tests.AccessLevel" }));
            Assert.That(tagged.Results.Single().Verdict, Is.EqualTo(Conformance.Harness.Profiles.Verdict.NotRun));
            Assert.That(report.Targets.Single().Figures.Covered, Is.EqualTo(5));
        });
    }

    [Test]
    public void MissingCheckpointFileIsATargetWithoutResults()
    {
        TraceabilityReport report = ReportBuilder.Build(
            SyntheticRun.Index,
            [new ReportTarget("absent", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "checkpoints.jsonl"), ImplementationProfile.Default)]);
        TargetSummary target = report.Targets.Single();
        Assert.Multiple(() =>
        {
            Assert.That(target.ResultsFound, Is.False);
            Assert.That(target.Figures.Verified + target.Figures.Violated, Is.Zero);
            Assert.That(report.Requirements.Select(r => r.Results.Single().Verdict).Distinct(), Is.SubsetOf(new[] { Conformance.Harness.Profiles.Verdict.NotRun, Conformance.Harness.Profiles.Verdict.NotCovered }));
        });
    }

    [Test]
    public void JsonRoundTripsAndIsStable()
    {
        using var run = new SyntheticRun();
        string json = ReportJson.Serialize(Build(run));
        TraceabilityReport back = ReportJson.Deserialize(json);
        Assert.Multiple(() =>
        {
            Assert.That(ReportJson.Serialize(back), Is.EqualTo(json));
            Assert.That(ReportJson.Serialize(Build(run)), Is.EqualTo(json));
            Assert.That(json, Does.Contain("\"verdict\": \"should-not-followed\""));
            Assert.That(json, Does.Contain("\"coveragePercent\""));
            Assert.That(Entry(back, SyntheticRun.FailedMust).Results.Single().Failures.Single().Exchange!.Responses, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void SectionsAreInDocumentOrder()
    {
        Assert.That(new[] { "2.2.10", "2.2.9", "3.1", "2.2.9.1" }.Order(SectionNumberComparer.Instance), Is.EqualTo(new[] { "2.2.9", "2.2.9.1", "2.2.10", "3.1" }));
    }

    internal static TraceabilityReport Build(SyntheticRun run) =>
        ReportBuilder.Build(SyntheticRun.Index, [new ReportTarget("embedded", run.CheckpointsPath, SyntheticRun.Reference)]);

    internal static RequirementReport Entry(TraceabilityReport report, string id) => report.Requirements.Single(r => r.Id == id);

    private static Conformance.Harness.Profiles.Verdict Verdict(TraceabilityReport report, string id) => Entry(report, id).Results.Single().Verdict;
}
