namespace Conformance.Harness.Profiles;

/// <summary>A verdict and the sentence a report shows with it; <see cref="AsProfileExpects"/> is false when the target did not behave as its profile says.</summary>
public sealed record RequirementVerdict(string Id, Verdict Verdict, string Reason, bool AsProfileExpects = true);
