namespace Conformance.Adapters;

/// <summary>Helpers for tests that need optional target capabilities.</summary>
public static class TargetExtensions
{
    /// <summary>The target's server control, or a <see cref="TargetCapabilityException"/> naming what the test wanted to provoke.</summary>
    public static IServerControl RequireServerControl(this ITarget target, string purpose) =>
        target.ServerControl ?? throw new TargetCapabilityException($"target '{target.Name}' cannot be controlled by the harness, so it cannot {purpose}");
}
