namespace Conformance.Harness.Reports;

using Conformance.Harness.Profiles;

/// <summary>
/// One column of a report: a run's checkpoints (a file, or a folder of them), the name the report shows for
/// it, the profile its verdicts are judged by, optionally the run's test outcomes (<see cref="TrxOutcomes"/>), and
/// the folder of the run's captures (<c>&lt;capture folder&gt;/&lt;target&gt;</c>, one file per test), so the reports can
/// link each test to its exchanges.
/// </summary>
public sealed record ReportTarget(
    string Name,
    string CheckpointsPath,
    ImplementationProfile Profile,
    IReadOnlyDictionary<string, TestOutcome>? Outcomes = null,
    string? CapturesPath = null);
