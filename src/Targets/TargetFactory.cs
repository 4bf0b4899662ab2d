namespace Conformance.Targets;

using Conformance.Adapters;
using Conformance.Adapters.Capture;
using Conformance.Adapters.MapiHttp;
using Conformance.Store.InProcess;

/// <summary>
/// Builds the configured target: <c>Kind</c> of <see cref="TargetSettings"/> picks the adapter. Known kinds:
/// <c>inproc</c> (the embedded store, with the target's <c>Options</c> as store options), <c>mapihttp</c> (a live server at
/// <c>Url</c>, its <c>Options</c> read by <see cref="MapiHttpTargetOptions"/>) and <c>replay</c> (plays back the capture
/// file or folder of <c>Options:Capture</c>, see <see cref="ReplayTarget"/>) and <c>loopback</c> (a fresh in-process
/// store served over MAPI over HTTP on 127.0.0.1 and reached through the <c>mapihttp</c> adapter, see <see cref="LoopbackTarget"/>).
/// </summary>
public static class TargetFactory
{
    public const string InProcessKind = "inproc";

    public const string MapiHttpKind = "mapihttp";

    public const string ReplayKind = "replay";

    public const string LoopbackKind = "loopback";

    /// <summary>The kinds this build can create.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [InProcessKind, MapiHttpKind, ReplayKind, LoopbackKind];

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
            ReplayKind => ReplayTarget.Open(name, FindCapture(name, target)),

            // Starting Kestrel is asynchronous; target creation is not (the suites build their target in a synchronous setup).
            LoopbackKind => LoopbackTarget.StartAsync(settings, name).GetAwaiter().GetResult(),
            _ => throw new InvalidOperationException($"target '{name}' has kind '{target.Kind}', which this build cannot create (known: {string.Join(", ", Kinds)})"),
        };
    }

    // A relative capture is looked for from the working directory up, so "reports/captures/inproc" in
    // conformance.json works from the repository root and from a test assembly's bin folder alike.
    private static string FindCapture(string name, TargetSettings target)
    {
        if (!target.Options.TryGetValue(ReplayTarget.CaptureOption, out string? capture) || string.IsNullOrWhiteSpace(capture))
        {
            throw new InvalidOperationException($"target '{name}' has kind '{ReplayKind}' but no Options:{ReplayTarget.CaptureOption} (a capture file or folder)");
        }

        if (Path.IsPathRooted(capture))
        {
            return capture;
        }

        for (DirectoryInfo? at = new(Directory.GetCurrentDirectory()); at is not null; at = at.Parent)
        {
            string candidate = Path.Combine(at.FullName, capture);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return capture;
    }
}
