namespace Conformance.Harness.Reports;

/// <summary>
/// The figures at the top of a report for one target. Verdict counts are over every live entry;
/// <see cref="CoveragePercent"/> is the share of testable entries (verification other than NotTestable)
/// with at least one checkpoint in this run or one tagged test.
/// </summary>
public sealed record HeadlineFigures
{
    public int Requirements { get; init; }

    public int Testable { get; init; }

    public int Covered { get; init; }

    public double CoveragePercent { get; init; }

    public int Verified { get; init; }

    public int Violated { get; init; }

    public int ShouldNotFollowed { get; init; }

    public int NotApplicableForProfile { get; init; }

    public int Inconclusive { get; init; }

    public int NotRun { get; init; }

    public int NotCovered { get; init; }

    public override string ToString() =>
        $"{Requirements} requirements, {Testable} testable, {Verified} verified, {Violated} violated, {ShouldNotFollowed} should-not-followed, "
        + $"{Inconclusive} inconclusive, {NotApplicableForProfile} not applicable, {NotRun} not run, {NotCovered} not covered, coverage {Covered}/{Testable} ({CoveragePercent:0.0} %)";
}
