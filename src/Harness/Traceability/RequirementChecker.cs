namespace Conformance.Harness.Traceability;

using Conformance.Adapters;
using Conformance.Harness.Catalog;
using NUnit.Framework;

/// <summary>
/// The checkpoint API of the suites: a test calls <see cref="Check"/> once per requirement it verifies.
/// Every call is recorded; then, by the entry's level:
/// <list type="bullet">
/// <item>MUST / MUST NOT not held: the test fails at once (NUnit assertion naming the ID and the catalog summary).</item>
/// <item>SHOULD / SHOULD NOT not held: recorded as "SHOULD not followed" and raised as an NUnit warning
/// (<c>Assert.Warn</c>): the test goes on, its outcome is Warning, never Failed. NUnit3TestAdapter shows a
/// Warning as Skipped unless the run settings map it otherwise (<c>NUnit.MapWarningTo</c>); the report takes
/// the verdict from the checkpoint, not from the test outcome.</item>
/// <item>MAY: recorded as the observed choice; no assertion either way.</item>
/// </list>
/// An unknown or retired ID throws <see cref="UnknownRequirementException"/> at the call.
/// </summary>
public sealed class RequirementChecker
{
    public RequirementChecker(CheckpointRecorder recorder) => Recorder = recorder;

    public CheckpointRecorder Recorder { get; }

    public Checkpoint Check(string id, bool held, object? expected, object? actual, string message = "", RopExchange? exchange = null)
    {
        Checkpoint checkpoint = Recorder.Record(id, held, expected, actual, message, exchange);
        CatalogEntry entry = Recorder.Index.Get(id);
        switch (checkpoint.Outcome)
        {
            case CheckpointOutcome.Failed:
                Assert.Fail(CheckpointText.Describe(checkpoint, entry));
                break;
            case CheckpointOutcome.ShouldNotFollowed:
                Assert.Warn(CheckpointText.Describe(checkpoint, entry));
                break;
        }

        return checkpoint;
    }

    /// <summary>Checks that <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public Checkpoint CheckEqual<T>(string id, T expected, T actual, string message = "", RopExchange? exchange = null) =>
        Check(id, EqualityComparer<T>.Default.Equals(expected, actual), expected, actual, message, exchange);

    /// <summary>Records that <paramref name="id"/> could not be checked and ends the test as Inconclusive.</summary>
    public void Inconclusive(string id, string message, RopExchange? exchange = null)
    {
        Recorder.RecordInconclusive(id, message, exchange);
        Assert.Inconclusive($"{id}: {message}");
    }
}
