namespace Conformance.Targets;

using Conformance.Adapters;
using Conformance.Adapters.MapiHttp;
using Conformance.Store.InProcess;

/// <summary>
/// Builds the configured target: <c>Kind</c> of <see cref="TargetSettings"/> picks the adapter. Known kinds:
/// <c>inproc</c> (the embedded store, with the target's <c>Options</c> as store options) and <c>mapihttp</c> (a live server at
/// <c>Url</c>, its <c>Options</c> read by <see cref="MapiHttpTargetOptions"/>).
/// </summary>
public static class TargetFactory
{
    public const string InProcessKind = "inproc";

    public const string MapiHttpKind = "mapihttp";

    /// <summary>The kinds this build can create.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [InProcessKind, MapiHttpKind];

    /// <summary>Creates the target named <paramref name="name"/> (default: the selected one).</summary>
    public static ITarget Create(ConformanceSettings settings, string? name = null)
    {
        name ??= settings.Target;
        TargetSettings target = settings.Targets.TryGetValue(name, out TargetSettings? found)
            ? found
            : throw new InvalidOperationException($"target '{name}' is not configured; configured: {string.Join(", ", settings.Targets.Keys)}");
        return target.Kind.ToLowerInvariant() switch
        {
            InProcessKind => InProcessTarget.Create(settings, name),
            MapiHttpKind => MapiHttpTarget.Create(settings, name),
            _ => throw new InvalidOperationException($"target '{name}' has kind '{target.Kind}', which this build cannot create (known: {string.Join(", ", Kinds)})"),
        };
    }
}
