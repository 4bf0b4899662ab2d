namespace Conformance.Harness.Traceability;

using System.Text.Json.Serialization;

/// <summary>Who recorded a checkpoint: a test's explicit call, or the adapter-level analyzer watching every exchange.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckpointSource>))]
public enum CheckpointSource
{
    [JsonStringEnumMemberName("test")]
    Test,

    [JsonStringEnumMemberName("adapter")]
    Adapter,
}
