namespace Conformance.Harness.Profiles;

using System.Text.Json.Serialization;

/// <summary>The verdict a report shows for one catalog entry on one target.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>Checked and held every time (for a MAY: observed, and as the profile expects if it says).</summary>
    [JsonStringEnumMemberName("verified")]
    Verified,

    /// <summary>A MUST or MUST NOT failed at least once.</summary>
    [JsonStringEnumMemberName("violated")]
    Violated,

    /// <summary>A SHOULD or SHOULD NOT did not hold at least once.</summary>
    [JsonStringEnumMemberName("should-not-followed")]
    ShouldNotFollowed,

    /// <summary>The profile says the entry does not concern this target; checkpoints are not judged.</summary>
    [JsonStringEnumMemberName("not-applicable-for-profile")]
    NotApplicableForProfile,

    /// <summary>Checkpoints exist but settle nothing (only inconclusive ones, or a MAY seen against the profile's expectation).</summary>
    [JsonStringEnumMemberName("inconclusive")]
    Inconclusive,

    /// <summary>A test or adapter check covers the entry, but nothing was recorded in this run.</summary>
    [JsonStringEnumMemberName("not-run")]
    NotRun,

    /// <summary>No test is tagged with the entry and no adapter check implements it.</summary>
    [JsonStringEnumMemberName("not-covered")]
    NotCovered,
}
