namespace Conformance.Harness.Traceability;

using System.Text.Json.Serialization;
using Conformance.Harness.Catalog;

/// <summary>
/// One observation of one requirement: the line format of checkpoints.jsonl. Field names are stable
/// (camelCase in JSON); the catalog facts (document, section, level, verification) are copied in so a
/// report of an old run does not depend on the catalog of today.
/// </summary>
public sealed record Checkpoint
{
    public DateTimeOffset Time { get; init; }

    public string RequirementId { get; init; } = string.Empty;

    public string Document { get; init; } = string.Empty;

    public string Section { get; init; } = string.Empty;

    [JsonConverter(typeof(JsonStringEnumConverter<RequirementLevel>))]
    public RequirementLevel Level { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<VerificationKind>))]
    public VerificationKind Verification { get; init; }

    /// <summary>The full name of the test running when the checkpoint was recorded (empty outside a test).</summary>
    public string Test { get; init; } = string.Empty;

    public CheckpointSource Source { get; init; }

    /// <summary>Whether the checked condition held; for a MAY, whether the target made the permitted choice.</summary>
    public bool Held { get; init; }

    public CheckpointOutcome Outcome { get; init; }

    public string Expected { get; init; } = string.Empty;

    public string Actual { get; init; } = string.Empty;

    public string Message { get; init; } = string.Empty;

    public CheckpointExchange? Exchange { get; init; }
}
