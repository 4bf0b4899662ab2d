namespace Conformance.Harness.Reports;

using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;

/// <summary>
/// How checkpoints map to Allure statuses and severities.
/// A step (one checkpoint): failed = failed; inconclusive = skipped; passed, should-not-followed and
/// observed = passed (a SHOULD not followed is allowed by the specification and a MAY is never judged).
/// A test: failed when any checkpoint failed (a MUST / MUST NOT violated); else skipped when any was
/// inconclusive (NUnit ended the test Inconclusive: the check could not be made); else passed, with a
/// statusDetails message naming the SHOULDs not followed so the "SHOULD not followed" category finds it.
/// "broken" is left to its Allure meaning, a test that crashed, which checkpoints never record.
/// </summary>
public static class AllureStatus
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Broken = "broken";
    public const string Skipped = "skipped";

    /// <summary>The text the SHOULD not followed category matches in a passed test's message.</summary>
    public const string ShouldNotFollowedMarker = "SHOULD not followed";

    public static string OfStep(CheckpointOutcome outcome) => outcome switch
    {
        CheckpointOutcome.Failed => Failed,
        CheckpointOutcome.Inconclusive => Skipped,
        _ => Passed,
    };

    public static string OfTest(IEnumerable<CheckpointOutcome> outcomes)
    {
        CheckpointOutcome[] all = [.. outcomes];
        return all.Contains(CheckpointOutcome.Failed) ? Failed
            : all.Contains(CheckpointOutcome.Inconclusive) ? Skipped
            : Passed;
    }

    /// <summary>MUST and MUST NOT are critical, SHOULD and SHOULD NOT normal, MAY minor.</summary>
    public static string Severity(RequirementLevel level) => level switch
    {
        RequirementLevel.Must or RequirementLevel.MustNot => "critical",
        RequirementLevel.Should or RequirementLevel.ShouldNot => "normal",
        _ => "minor",
    };

    /// <summary>A test's severity is that of its strongest requirement.</summary>
    public static string Severity(IEnumerable<RequirementLevel> levels)
    {
        string[] severities = [.. levels.Select(Severity)];
        return severities.Contains("critical") ? "critical" : severities.Contains("normal") ? "normal" : "minor";
    }
}
