namespace Conformance.Fuzz.Afl.Targets;

/// <summary>A target's own verdict that an input found a bug although nothing escaped (the store's internal errors).</summary>
public sealed class FuzzFindingException(string message, Exception? inner = null) : Exception(message, inner);
