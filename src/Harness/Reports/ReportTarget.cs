namespace Conformance.Harness.Reports;

using Conformance.Harness.Profiles;

/// <summary>One column of a report: a run's checkpoint file, the name the report shows for it, and the profile its verdicts are judged by.</summary>
public sealed record ReportTarget(string Name, string CheckpointsPath, ImplementationProfile Profile);
