namespace Conformance.Harness.Reports;

using Conformance.Harness.Traceability;

/// <summary>
/// The checkpoints of one target's run, with the names Allure shows for it, and the folder of its captures
/// (<c>&lt;capture folder&gt;/&lt;target&gt;</c>) when the run captured its exchanges.
/// </summary>
public sealed record AllureRun(string Target, string Profile, IReadOnlyList<Checkpoint> Checkpoints, string? CapturesPath = null);
