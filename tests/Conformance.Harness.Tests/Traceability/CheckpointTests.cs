namespace Conformance.Harness.Tests.Traceability;

using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Rops.Stream;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

public sealed class CheckpointTests
{
    [Test]
    [Requirement("MS-OXCPRPT-R0111")]
    [Requirement("MS-OXCPRPT-R0083")]
    public void RequirementIdsAreTestProperties()
    {
        object[] ids = [.. TestContext.CurrentContext.Test.Properties[RequirementAttribute.PropertyName].Cast<object>()];
        Assert.That(ids, Is.EquivalentTo(new[] { "MS-OXCPRPT-R0111", "MS-OXCPRPT-R0083" }));
    }

    [Test]
    public void PassingMustIsRecordedWithTheCatalogFactsAndTheTestName()
    {
        using var sink = CheckpointSink.InMemory();
        var checker = new RequirementChecker(new CheckpointRecorder(TestCatalogs.Index, sink));
        Checkpoint checkpoint = checker.CheckEqual("MS-OXCPRPT-R0111", 3u, 3u, "progress");
        Assert.Multiple(() =>
        {
            Assert.That(checkpoint.Outcome, Is.EqualTo(CheckpointOutcome.Passed));
            Assert.That(checkpoint.Document, Is.EqualTo("MS-OXCPRPT"));
            Assert.That(checkpoint.Section, Is.EqualTo("2.2.23.2"));
            Assert.That(checkpoint.Level, Is.EqualTo(RequirementLevel.Must));
            Assert.That(checkpoint.Test, Is.EqualTo(TestContext.CurrentContext.Test.FullName));
            Assert.That(checkpoint.Expected, Is.EqualTo("3 (0x00000003)"));
            Assert.That(sink.Recorded, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void FailedMustFailsTheTestNamingTheIdAndSummary()
    {
        using var sink = CheckpointSink.InMemory();
        var checker = new RequirementChecker(TestCatalogs.Recorder(sink));
        var failure = Assert.Throws<AssertionException>(() => checker.Check("MS-OXCPRPT-R0111", false, ">= 5", 4u, "TotalTaskCount"));
        Assert.Multiple(() =>
        {
            Assert.That(failure!.Message, Does.Contain("MS-OXCPRPT-R0111 (MUST, [MS-OXCPRPT] 2.2.23.2) violated"));
            Assert.That(failure.Message, Does.Contain(TestCatalogs.Index.Get("MS-OXCPRPT-R0111").Summary));
            Assert.That(sink.Recorded.Single().Outcome, Is.EqualTo(CheckpointOutcome.Failed));
        });
    }

    [Test]
    public void FailedShouldWarnsWithoutFailing()
    {
        using var sink = CheckpointSink.InMemory();
        var checker = new RequirementChecker(TestCatalogs.Recorder(sink));
        ResultState state;
        string? message;
        using (new TestExecutionContext.IsolatedContext())
        {
            checker.Check("MS-OXCSTOR-R0026", false, 0u, 0x01000000u, "StoreState");
            TestResult result = TestExecutionContext.CurrentContext.CurrentResult;
            state = result.AssertionResults.Single().Status == AssertionStatus.Warning ? ResultState.Warning : ResultState.Failure;
            message = result.AssertionResults.Single().Message;
        }

        Assert.Multiple(() =>
        {
            Assert.That(state, Is.EqualTo(ResultState.Warning));
            Assert.That(message, Does.Contain("SHOULD not followed"));
            Assert.That(sink.Recorded.Single().Outcome, Is.EqualTo(CheckpointOutcome.ShouldNotFollowed));
        });
    }

    [Test]
    public void MayIsObservedWhicheverWay()
    {
        using var sink = CheckpointSink.InMemory();
        var checker = new RequirementChecker(TestCatalogs.Recorder(sink));
        checker.Check("MS-OXCPRPT-R0167", false, "copied properties removed from the source", "kept", "Move flag");
        Assert.That(sink.Recorded.Single(), Has.Property(nameof(Checkpoint.Outcome)).EqualTo(CheckpointOutcome.Observed).And.Property(nameof(Checkpoint.Held)).False);
    }

    [TestCase("MS-OXCPRPT-R9999", "not in catalog/MS-OXCPRPT.json")]
    [TestCase("MS-FOO-R0001", "names no catalog")]
    [TestCase("MS-OXCSTOR-R0143", "retired")]
    public void UnknownIdFailsFastAtTheCall(string id, string reason)
    {
        using var sink = CheckpointSink.InMemory();
        var checker = new RequirementChecker(TestCatalogs.Recorder(sink));
        var error = Assert.Throws<UnknownRequirementException>(() => checker.Check(id, true, 1, 1));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain(id).And.Contain(reason));
            Assert.That(sink.Recorded, Is.Empty);
        });
    }

    [Test]
    public void JsonLinesRoundTripWithStableFieldNames()
    {
        string path = Path.Combine(Path.GetTempPath(), $"checkpoints-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var sink = new CheckpointSink(path))
            {
                CheckpointRecorder recorder = TestCatalogs.Recorder(sink);
                var exchange = SyntheticExchanges.Of([new RopProgressRequest { InputHandleIndex = 0 }], new RopProgressResponse { CompletedTaskCount = 5, TotalTaskCount = 4 });
                recorder.Record("MS-OXCPRPT-R0111", false, ">= 5", 4u, "TotalTaskCount", exchange, CheckpointSource.Adapter);
                recorder.Record("MS-OXCSTOR-R0026", true, 0u, 0u, "StoreState");
            }

            string[] lines = File.ReadAllLines(path);
            IReadOnlyList<Checkpoint> back = CheckpointReader.Load(path);
            Assert.Multiple(() =>
            {
                Assert.That(lines, Has.Length.EqualTo(2));
                Assert.That(lines[0], Does.StartWith("{\"time\":").And.Contain("\"requirementId\":\"MS-OXCPRPT-R0111\"").And.Contain("\"outcome\":\"failed\"")
                    .And.Contain("\"source\":\"adapter\"").And.Contain("\"level\":\"Must\"").And.Contain("\"requestHex\":").And.Contain("\"responseHex\":"));
                Assert.That(lines[1], Does.Not.Contain("\"exchange\""));
                Assert.That(back[0].Exchange!.Responses.Single(), Does.Contain("TotalTaskCount = 4"));
                Assert.That(back[0] with { Exchange = null }, Is.EqualTo(new CheckpointSinkProbe(lines[0]).Parsed with { Exchange = null }));
                Assert.That(back[1].Outcome, Is.EqualTo(CheckpointOutcome.Passed));
                Assert.That(back[1].Test, Is.EqualTo("Synthetic.Test"));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ConcurrentRecordsAreWholeLines()
    {
        string path = Path.Combine(Path.GetTempPath(), $"checkpoints-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var sink = new CheckpointSink(path))
            {
                CheckpointRecorder recorder = TestCatalogs.Recorder(sink);
                Parallel.For(0, 400, i => recorder.Record("MS-OXCPRPT-R0111", i % 2 == 0, i, i, $"record {i}"));
            }

            Assert.That(CheckpointReader.Load(path).Select(c => c.Message), Is.EquivalentTo(Enumerable.Range(0, 400).Select(i => $"record {i}")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ReaderNamesTheBadLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => CheckpointReader.Parse(["{\"requirementId\":\"MS-OXCPRPT-R0111\"}", "not json"], "run"));
        Assert.That(error!.Message, Does.StartWith("run line 2"));
    }

    /// <summary>One line parsed on its own, to compare with what the reader gave for it.</summary>
    private sealed class CheckpointSinkProbe(string line)
    {
        public Checkpoint Parsed { get; } = CheckpointReader.Parse([line]).Single();
    }
}
