namespace Conformance.Harness.Reports;

using Conformance.Harness.Profiles;

/// <summary>
/// One column of a report: a run's checkpoints (a file, or a folder of them), the name the report shows for
/// it, the profile its verdicts are judged by, and optionally the run's test outcomes (<see cref="TrxOutcomes"/>).
/// </summary>
public sealed record ReportTarget(string Name, string CheckpointsPath, ImplementationProfile Profile, IReadOnlyDictionary<string, TestOutcome>? Outcomes = null);
