namespace Conformance.Harness.Traceability;

using System.Text.Json.Serialization;

/// <summary>What one checkpoint found, written in kebab case in the JSON Lines file.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckpointOutcome>))]
public enum CheckpointOutcome
{
    /// <summary>The behaviour the entry asks for was seen (a MUST, MUST NOT, SHOULD or SHOULD NOT held).</summary>
    [JsonStringEnumMemberName("passed")]
    Passed,

    /// <summary>A MUST or MUST NOT did not hold: a violation.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>A SHOULD or SHOULD NOT did not hold: allowed with a reason, reported apart from violations.</summary>
    [JsonStringEnumMemberName("should-not-followed")]
    ShouldNotFollowed,

    /// <summary>A MAY: the target's choice, recorded in <see cref="Checkpoint.Held"/> and the actual value, never judged.</summary>
    [JsonStringEnumMemberName("observed")]
    Observed,

    /// <summary>The check could not be made (for example the target lacks a server control).</summary>
    [JsonStringEnumMemberName("inconclusive")]
    Inconclusive,
}
