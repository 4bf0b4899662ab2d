namespace Conformance.Harness.Traceability;

/// <summary>What a concrete adapter check saw in one response: whether the entry held, and the values compared.</summary>
public sealed record Observation(bool Held, object? Expected, object? Actual, string Message);
