namespace Conformance.Harness.Tests.Reports;

using System.Text.Json;
using Conformance.Harness.Reports;
using Conformance.Harness.Traceability;

/// <summary>
/// The Allure results of the synthetic run plus an inconclusive test and two adapter checkpoints, read back
/// as plain JSON (not through our records) so the schema's field names are what is checked.
/// </summary>
public sealed class AllureResultsTests
{
    private const string InconclusiveTest = "Synthetic.Inconclusive.NoServerControl";

    // R0049 has a normative check on a ROP, so its adapter checkpoints form the pseudo-test of that ROP.
    private const string AdapterRequirement = "MS-OXCPRPT-R0049";

    [Test]
    public void OneResultPerTestAndOnePseudoTestPerRop()
    {
        using var run = new SyntheticRun();
        Write(run);
        string[] results = Directory.GetFiles(Results(run), "*-result.json");
        Assert.That(results, Has.Length.EqualTo(6), "four synthetic tests, one inconclusive test, one adapter pseudo-test");
        string rop = AllureTestName.RopOf(AdapterRequirement) ?? throw new AssertionException("R0049 has no normative check");
        JsonElement adapter = Find(run, AllureTestName.AdapterPrefix + rop);
        Assert.Multiple(() =>
        {
            Assert.That(adapter.GetProperty("steps").GetArrayLength(), Is.EqualTo(2));
            Assert.That(Labels(adapter, "feature"), Is.EqualTo(new[] { rop }));
            Assert.That(Labels(adapter, "story"), Is.EqualTo(new[] { "adapter" }));
        });
    }

    [Test]
    public void LabelsNameSpecificationSectionScenarioRequirementAndSeverity()
    {
        using var run = new SyntheticRun();
        Write(run);
        JsonElement failed = Find(run, "Synthetic.Tests." + SyntheticRun.FailedMust);
        string section = SyntheticRun.Index.Get(SyntheticRun.FailedMust).Section;
        Assert.Multiple(() =>
        {
            Assert.That(Labels(failed, "epic"), Is.EqualTo(new[] { "MS-OXCPRPT" }));
            Assert.That(Labels(failed, "feature"), Is.EqualTo(new[] { "[MS-OXCPRPT] " + section }));
            Assert.That(Labels(failed, "story"), Is.EqualTo(new[] { "Tests" }));
            Assert.That(Labels(failed, "suite"), Is.EqualTo(new[] { "Synthetic" }));
            Assert.That(Labels(failed, "parentSuite"), Is.EqualTo(new[] { "embedded" }));
            Assert.That(Labels(failed, "requirement"), Is.EqualTo(new[] { SyntheticRun.FailedMust }));
            Assert.That(Labels(failed, "severity"), Is.EqualTo(new[] { "critical" }));
            Assert.That(Labels(Find(run, "Synthetic.Tests." + SyntheticRun.MissedShould), "severity"), Is.EqualTo(new[] { "normal" }));
            Assert.That(Labels(Find(run, "Synthetic.Tests." + SyntheticRun.ObservedMay), "severity"), Is.EqualTo(new[] { "minor" }));
            JsonElement link = failed.GetProperty("links")[0];
            Assert.That(link.GetProperty("name").GetString(), Is.EqualTo("[MS-OXCPRPT] " + section));
            Assert.That(link.GetProperty("type").GetString(), Is.EqualTo("custom"));
        });
    }

    [Test]
    public void StatusesFollowTheDocumentedMapping()
    {
        using var run = new SyntheticRun();
        Write(run);
        JsonElement should = Find(run, "Synthetic.Tests." + SyntheticRun.MissedShould);
        JsonElement failed = Find(run, "Synthetic.Tests." + SyntheticRun.FailedMust);
        Assert.Multiple(() =>
        {
            Assert.That(Status(Find(run, "Synthetic.Tests." + SyntheticRun.PassedMust)), Is.EqualTo("passed"));
            Assert.That(Status(failed), Is.EqualTo("failed"));
            Assert.That(failed.GetProperty("statusDetails").GetProperty("message").GetString(), Does.Contain("violated"));
            Assert.That(Status(should), Is.EqualTo("passed"), "a SHOULD not followed is allowed");
            Assert.That(should.GetProperty("statusDetails").GetProperty("message").GetString(), Does.Contain(AllureStatus.ShouldNotFollowedMarker));
            Assert.That(Status(Find(run, "Synthetic.Tests." + SyntheticRun.ObservedMay)), Is.EqualTo("passed"));
            Assert.That(Status(Find(run, InconclusiveTest)), Is.EqualTo("skipped"));
            JsonElement step = failed.GetProperty("steps")[0];
            Assert.That(step.GetProperty("name").GetString(), Does.StartWith(SyntheticRun.FailedMust + " "));
            Assert.That(step.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(step.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("value").GetString()),
                Does.Contain(SyntheticRun.FailedExpected).And.Contain(SyntheticRun.FailedActual));
            Assert.That(failed.GetProperty("stage").GetString(), Is.EqualTo("finished"));
            Assert.That(failed.GetProperty("historyId").GetString(), Has.Length.EqualTo(32));
        });
    }

    [Test]
    public void TheFailedExchangeIsAnAttachmentFileTheResultReferences()
    {
        using var run = new SyntheticRun();
        Write(run);
        JsonElement failed = Find(run, "Synthetic.Tests." + SyntheticRun.FailedMust);
        JsonElement attachment = failed.GetProperty("attachments")[0];
        string source = attachment.GetProperty("source").GetString()!;
        string path = Path.Combine(Results(run), source);
        Assert.Multiple(() =>
        {
            Assert.That(source, Does.Match("^[0-9a-f-]{36}-attachment\\.txt$"));
            Assert.That(attachment.GetProperty("type").GetString(), Is.EqualTo("text/plain"));
            Assert.That(File.Exists(path), Is.True);
            Assert.That(File.ReadAllText(path), Does.Contain("0700000102000000").And.Contain("RopGetPropertiesSpecificResponse"));
            Assert.That(Directory.GetFiles(Results(run), "*-attachment.txt"), Has.Length.EqualTo(1), "only failed checkpoints attach their exchange");
        });
    }

    [Test]
    public void EveryFileParsesAndTheSameCheckpointsGiveTheSameFiles()
    {
        using var run = new SyntheticRun();
        Write(run);
        Dictionary<string, string> first = Directory.GetFiles(Results(run)).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        Write(run);
        Dictionary<string, string> second = Directory.GetFiles(Results(run)).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        using JsonDocument categories = JsonDocument.Parse(first["categories.json"]);
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EquivalentTo(first));
            foreach ((string name, string text) in first.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)))
            {
                Assert.DoesNotThrow(() => JsonDocument.Parse(text).Dispose(), name);
            }

            Assert.That(categories.RootElement.EnumerateArray().Select(c => c.GetProperty("name").GetString()),
                Does.Contain("MUST violations").And.Contain(AllureStatus.ShouldNotFollowedMarker));
            Assert.That(first["environment.properties"], Does.Contain("target=embedded").And.Contain("profile=reference"));
        });
    }

    internal static string Results(SyntheticRun run) => Path.Combine(run.Folder, "allure-results");

    /// <summary>The synthetic run's checkpoints plus an inconclusive test and two adapter checkpoints of one ROP.</summary>
    internal static void Write(SyntheticRun run)
    {
        IReadOnlyList<Checkpoint> loaded = CheckpointReader.Load(run.CheckpointsPath);
        Checkpoint template = loaded[0];
        Checkpoint adapter = template with
        {
            RequirementId = AdapterRequirement,
            Section = SyntheticRun.Index.Get(AdapterRequirement).Section,
            Level = SyntheticRun.Index.Get(AdapterRequirement).Level,
            Source = CheckpointSource.Adapter,
            Test = string.Empty,
        };
        Checkpoint[] checkpoints =
        [
            .. loaded,
            template with { Test = InconclusiveTest, Outcome = CheckpointOutcome.Inconclusive, Held = false, Message = "no server control" },
            adapter,
            adapter with { Time = adapter.Time.AddSeconds(1) },
        ];
        AllureResults.Write([new AllureRun("embedded", "reference", checkpoints)], SyntheticRun.Index, Results(run));
    }

    private static JsonElement Find(SyntheticRun run, string fullName)
    {
        foreach (string file in Directory.GetFiles(Results(run), "*-result.json"))
        {
            JsonElement root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            if (root.GetProperty("fullName").GetString() == fullName)
            {
                return root;
            }
        }

        throw new AssertionException("no result for " + fullName);
    }

    private static string? Status(JsonElement result) => result.GetProperty("status").GetString();

    private static string?[] Labels(JsonElement result, string name) =>
        [.. result.GetProperty("labels").EnumerateArray().Where(l => l.GetProperty("name").GetString() == name).Select(l => l.GetProperty("value").GetString())];
}
