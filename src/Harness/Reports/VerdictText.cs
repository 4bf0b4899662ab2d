namespace Conformance.Harness.Reports;

using Conformance.Harness.Profiles;

/// <summary>The kebab-case name of a verdict, as in the JSON and the HTML badge classes.</summary>
public static class VerdictText
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Verified => "verified",
        Verdict.Violated => "violated",
        Verdict.ShouldNotFollowed => "should-not-followed",
        Verdict.NotApplicableForProfile => "not-applicable-for-profile",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NotRun => "not-run",
        _ => "not-covered",
    };

    public static IReadOnlyList<Verdict> All { get; } = Enum.GetValues<Verdict>();
}
