namespace Conformance.Harness.Traceability;

using Conformance.Adapters;
using Conformance.Harness.Catalog;

/// <summary>
/// Turns an observation into a <see cref="Checkpoint"/> and hands it to the sink. The outcome follows the
/// entry's level: MUST and MUST NOT pass or fail, SHOULD and SHOULD NOT pass or are "not followed", a MAY
/// is only observed. It never asserts: <see cref="RequirementChecker"/> does that for tests, while the
/// adapter analyzer records without failing the test it runs under.
/// </summary>
public sealed class CheckpointRecorder
{
    private readonly Func<string> currentTest;

    /// <param name="currentTest">The running test's full name; by default NUnit's current test.</param>
    public CheckpointRecorder(RequirementIndex index, CheckpointSink sink, Func<string>? currentTest = null, TimeProvider? clock = null)
    {
        Index = index;
        Sink = sink;
        this.currentTest = currentTest ?? CurrentNUnitTest;
        Clock = clock ?? TimeProvider.System;
    }

    public RequirementIndex Index { get; }

    public CheckpointSink Sink { get; }

    public TimeProvider Clock { get; }

    /// <summary>The outcome of a condition that held or not, for an entry of <paramref name="level"/>.</summary>
    public static CheckpointOutcome OutcomeOf(RequirementLevel level, bool held) => level switch
    {
        RequirementLevel.Must or RequirementLevel.MustNot => held ? CheckpointOutcome.Passed : CheckpointOutcome.Failed,
        RequirementLevel.Should or RequirementLevel.ShouldNot => held ? CheckpointOutcome.Passed : CheckpointOutcome.ShouldNotFollowed,
        _ => CheckpointOutcome.Observed,
    };

    /// <summary>Records whether requirement <paramref name="id"/> held; an unknown or retired ID throws before anything is recorded.</summary>
    public Checkpoint Record(string id, bool held, object? expected, object? actual, string message, RopExchange? exchange = null, CheckpointSource source = CheckpointSource.Test)
    {
        CatalogEntry entry = Index.Get(id);
        return Write(entry, held, OutcomeOf(entry.Level, held), expected, actual, message, exchange, source);
    }

    /// <summary>Records that requirement <paramref name="id"/> could not be checked, and why.</summary>
    public Checkpoint RecordInconclusive(string id, string message, RopExchange? exchange = null, CheckpointSource source = CheckpointSource.Test)
    {
        CatalogEntry entry = Index.Get(id);
        return Write(entry, false, CheckpointOutcome.Inconclusive, null, null, message, exchange, source);
    }

    private Checkpoint Write(CatalogEntry entry, bool held, CheckpointOutcome outcome, object? expected, object? actual, string message, RopExchange? exchange, CheckpointSource source)
    {
        var checkpoint = new Checkpoint
        {
            Time = Clock.GetUtcNow(),
            RequirementId = entry.Id,
            Document = Index.DocumentOf(entry.Id),
            Section = entry.Section,
            Level = entry.Level,
            Verification = entry.Verification,
            Test = currentTest(),
            Source = source,
            Held = held,
            Outcome = outcome,
            Expected = expected is null && outcome == CheckpointOutcome.Inconclusive ? string.Empty : CheckpointText.Format(expected),
            Actual = actual is null && outcome == CheckpointOutcome.Inconclusive ? string.Empty : CheckpointText.Format(actual),
            Message = message,
            Exchange = exchange is null ? null : CheckpointExchange.From(exchange),
        };
        Sink.Record(checkpoint);
        return checkpoint;
    }

    private static string CurrentNUnitTest()
    {
        try
        {
            return NUnit.Framework.TestContext.CurrentContext.Test.FullName ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return string.Empty;
        }
    }
}
