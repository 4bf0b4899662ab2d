namespace Conformance.Adapters.MapiHttp;

using System.Globalization;

/// <summary>
/// A live server reached through its MAPI over HTTP mailbox endpoint ([MS-OXCMAPIHTTP]). It has no server control:
/// tests that need to provoke server conditions end Inconclusive on it.
/// </summary>
public sealed class MapiHttpTarget : ITarget
{
    // [MS-OXCMAPIHTTP] 2.2.3.3 (X-ClientInfo): one GUID per client instance, a new decimal counter per Session Context.
    private readonly string clientInfoPrefix = Guid.NewGuid().ToString("B").ToUpperInvariant() + ":";
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Uri> endpoints = new(StringComparer.Ordinal);
    private long sessionCounter;

    public MapiHttpTarget(string name, MapiHttpTargetOptions options)
    {
        Name = name;
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public string Name { get; }

    public MapiHttpTargetOptions Options { get; }

    public IServerControl? ServerControl => null;

    /// <summary>Builds the target named <paramref name="name"/> from its configured Url and Options.</summary>
    public static MapiHttpTarget Create(ConformanceSettings settings, string name)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new MapiHttpTarget(name, MapiHttpTargetOptions.Parse(name, settings.Targets[name]));
    }

    public Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default) =>
        ConnectWithCodePageAsync(user, (int)Options.CodePage, cancellationToken);

    /// <summary>Connect with <paramref name="codePage"/> as DefaultCodePage ([MS-OXCMAPIHTTP] 2.2.4.1.1).</summary>
    public async Task<ISession> ConnectWithCodePageAsync(TargetUser user, int codePage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await ConnectSessionAsync(user, (uint)codePage, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The typed form of <see cref="ConnectAsync"/>, for callers that need PING or the Connect response.</summary>
    public async Task<MapiHttpSession> ConnectSessionAsync(TargetUser user, uint? codePage = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        string clientInfo = clientInfoPrefix + Interlocked.Increment(ref sessionCounter).ToString(CultureInfo.InvariantCulture);
        MapiHttpTargetOptions options = Options.UrlFromAutodiscover
            ? Options with { Url = await EndpointOfAsync(user, cancellationToken).ConfigureAwait(false) }
            : Options;
        return await MapiHttpSession.ConnectAsync(options, user, codePage ?? Options.CodePage, clientInfo, cancellationToken).ConfigureAwait(false);
    }

    // One Autodiscover lookup per user for the life of the target: the endpoint names the user's mailbox.
    private async Task<Uri> EndpointOfAsync(TargetUser user, CancellationToken cancellationToken)
    {
        if (endpoints.TryGetValue(user.Name, out Uri? known))
        {
            return known;
        }

        Uri found = await PoxAutodiscover.FindMailboxEndpointAsync(Options, user, cancellationToken).ConfigureAwait(false);
        return endpoints.GetOrAdd(user.Name, found);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
