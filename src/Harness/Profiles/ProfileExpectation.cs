namespace Conformance.Harness.Profiles;

using System.Text.Json.Serialization;

/// <summary>What a profile expects of its target for one entry.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProfileExpectation>))]
public enum ProfileExpectation
{
    /// <summary>The target does what the entry says (for a MAY: it takes the permitted choice).</summary>
    [JsonStringEnumMemberName("follows")]
    Follows,

    /// <summary>The target is known not to (a documented SHOULD deviation, or the other side of a MAY).</summary>
    [JsonStringEnumMemberName("does-not-follow")]
    DoesNotFollow,

    /// <summary>The entry does not concern this target (for example behaviour the product notes call undefined).</summary>
    [JsonStringEnumMemberName("not-applicable")]
    NotApplicable,
}
