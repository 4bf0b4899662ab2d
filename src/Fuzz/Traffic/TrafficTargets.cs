namespace Conformance.Fuzz.Traffic;

using Conformance.Targets;

/// <summary>The target kinds, as the traffic fuzzer treats them: in process, served on loopback, or live.</summary>
public static class TrafficTargets
{
    /// <summary>A live kind reaches a server the harness does not host: the live-safety rules apply.</summary>
    public static bool IsLive(string kind) =>
        !string.Equals(kind, TargetFactory.InProcessKind, StringComparison.OrdinalIgnoreCase)
        && !string.Equals(kind, TargetFactory.LoopbackKind, StringComparison.OrdinalIgnoreCase);

    /// <summary>In process the server runs on this thread, so a case cannot be timed out, only measured.</summary>
    public static bool IsInProcess(string kind) => string.Equals(kind, TargetFactory.InProcessKind, StringComparison.OrdinalIgnoreCase);
}
