namespace Conformance.Harness.Reports;

using Conformance.Harness.Traceability;

/// <summary>The checkpoints of one target's run, with the names Allure shows for it.</summary>
public sealed record AllureRun(string Target, string Profile, IReadOnlyList<Checkpoint> Checkpoints);
