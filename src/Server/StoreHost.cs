namespace Conformance.Server;

using System.Net;
using Conformance.Adapters;
using Conformance.Store;
using Conformance.Store.InProcess;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// The in-process store served over MAPI over HTTP on Kestrel: one <see cref="StoreServer"/> for the configured users
/// and a target's store options, behind <see cref="MapiHttpMailboxEndpoint"/>. Binds to 127.0.0.1 only; port 0 picks
/// a free port, reported in <see cref="BaseUrl"/>. Disposing stops Kestrel and ends every Session Context.
/// </summary>
public sealed class StoreHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly MapiHttpMailboxEndpoint endpoint;
    private bool disposed;

    private StoreHost(WebApplication app, MapiHttpMailboxEndpoint endpoint, InProcessTarget target, Uri baseUrl, IReadOnlyList<TargetUser> users)
    {
        this.app = app;
        this.endpoint = endpoint;
        Target = target;
        BaseUrl = baseUrl;
        Users = users;
    }

    /// <summary>The bound address, for example <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The mailbox endpoint: <see cref="BaseUrl"/> + <c>mapi/emsmdb/</c>.</summary>
    public Uri MailboxEndpointUrl => new(BaseUrl, MapiHttpMailboxEndpoint.Path.TrimStart('/'));

    /// <summary>The served store, as an in-process target (for checks that look at the store directly).</summary>
    public InProcessTarget Target { get; }

    /// <summary>The hosted store.</summary>
    public StoreServer Server => Target.Server;

    /// <summary>The hosted store's server control: what a loopback target offers as its <see cref="ITarget.ServerControl"/>.</summary>
    public IServerControl ServerControl => Target.Server.Control;

    /// <summary>The configured users (passwords included, never to be printed).</summary>
    public IReadOnlyList<TargetUser> Users { get; }

    /// <summary>Session Contexts currently open.</summary>
    public int SessionContextCount => endpoint.SessionContextCount;

    /// <summary>
    /// Builds and starts the host for <paramref name="targetName"/> (an <c>inproc</c> target; its
    /// <c>Targets:&lt;name&gt;:Options</c> are the store options) on <paramref name="url"/>, by default
    /// <c>http://127.0.0.1:0</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The URL is not http://127.0.0.1:PORT.</exception>
    /// <exception cref="InvalidOperationException">The target is not configured or not an in-process one.</exception>
    public static Task<StoreHost> StartAsync(ConformanceSettings settings, string targetName = "inproc", string? url = null, MapiHttpServerOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(settings, targetName, url, options, configureLogging: null, cancellationToken);

    /// <inheritdoc cref="StartAsync(ConformanceSettings, string, string?, MapiHttpServerOptions?, CancellationToken)"/>
    /// <param name="configureLogging">Adds logging providers; none by default, so tests and the CLI stay quiet.</param>
    public static async Task<StoreHost> StartAsync(ConformanceSettings settings, string targetName, string? url, MapiHttpServerOptions? options, Action<ILoggingBuilder>? configureLogging, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        options ??= new MapiHttpServerOptions();
        int port = ParseLoopbackUrl(url ?? "http://127.0.0.1:0");
        if (!settings.Targets.TryGetValue(targetName, out TargetSettings? targetSettings))
        {
            throw new InvalidOperationException($"target '{targetName}' is not configured; configured: {string.Join(", ", settings.Targets.Keys)}");
        }

        if (!string.Equals(targetSettings.Kind, "inproc", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"target '{targetName}' has kind '{targetSettings.Kind}'; only an inproc target's store can be served");
        }

        InProcessTarget target = InProcessTarget.Create(settings, targetName);
        TargetUser[] users = [.. settings.Users.Select(u => u.ToTargetUser())];
        var endpoint = new MapiHttpMailboxEndpoint(target, users, options);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // Kestrel's own bound backs up the endpoint's check (which reads a little past its limit to answer cleanly).
            kestrel.Limits.MaxRequestBodySize = (long)options.MaxRequestBodySize + MapiHttpMailboxEndpoint.DrainLimit + 1;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        WebApplication app = builder.Build();
        endpoint.Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StoreHost(app, endpoint, target, new Uri(bound.TrimEnd('/') + "/"), users);
    }

    /// <summary>The port of <paramref name="url"/>, which must be <c>http://127.0.0.1:PORT</c> (optionally ending in /).</summary>
    /// <exception cref="ArgumentException">Another scheme, host, a path, or no port.</exception>
    public static int ParseLoopbackUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"'{url}' is not an http:// URL; the store is served as http://127.0.0.1:PORT", nameof(url));
        }

        // Only the IPv4 loopback literal: the served store has test passwords and must not be reachable from elsewhere.
        if (!IPAddress.TryParse(uri.Host, out IPAddress? address) || !address.Equals(IPAddress.Loopback))
        {
            throw new ArgumentException($"'{uri.Host}' is not 127.0.0.1; the served store binds to the loopback address only", nameof(url));
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || url.TrimEnd('/').EndsWith("127.0.0.1", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{url}' must be http://127.0.0.1:PORT, with an explicit port and no path", nameof(url));
        }

        return uri.Port;
    }

    /// <summary>Completes when the host stops (Ctrl+C through the token, or disposal).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await endpoint.CloseAllAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
