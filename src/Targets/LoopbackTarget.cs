namespace Conformance.Targets;

using System.Security.Cryptography;
using Conformance.Adapters;
using Conformance.Adapters.MapiHttp;
using Conformance.Server;

/// <summary>
/// The <c>loopback</c> kind: a fresh in-process store served over MAPI over HTTP on 127.0.0.1 (a free port, see
/// <see cref="StoreHost"/>) and reached through the live client adapter (<see cref="MapiHttpTarget"/>), so a suite
/// run over it exercises the whole HTTP path while the harness still controls the hosted store. The users get a
/// random password for the life of the target: Basic authentication is on the wire, and no secret is in a file.
/// The target's <c>Options</c> are the store's; the client compresses and obfuscates, to exercise both.
/// </summary>
public sealed class LoopbackTarget : ITarget, IInternalErrorSource
{
    private readonly StoreHost host;
    private readonly MapiHttpTarget client;
    private readonly string password;

    private LoopbackTarget(string name, StoreHost host, MapiHttpTarget client, string password)
    {
        Name = name;
        this.host = host;
        this.client = client;
        this.password = password;
    }

    public string Name { get; }

    /// <summary>The served store's control: the harness hosts it, so it can provoke server conditions here too.</summary>
    public IServerControl? ServerControl => host.ServerControl;

    /// <summary>The hosted store's handler exceptions: the harness hosts it, so the fuzzer's oracle sees them here too.</summary>
    public int InternalErrorCount => host.Target.InternalErrorCount;

    public IReadOnlyList<Exception> InternalErrorsSince(int start) => host.Target.InternalErrorsSince(start);

    /// <summary>The mailbox endpoint the client talks to.</summary>
    public Uri Url => host.MailboxEndpointUrl;

    public static async Task<LoopbackTarget> StartAsync(ConformanceSettings settings, string name, CancellationToken cancellationToken = default)
    {
        string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var served = new ConformanceSettings
        {
            Target = name,
            Users = [.. settings.Users.Select(u => new UserSettings { Name = u.Name, Essdn = u.Essdn, SmtpAddress = u.SmtpAddress, Password = password })],
        };
        served.Targets[name] = new TargetSettings { Kind = TargetFactory.InProcessKind, Options = new(settings.Targets[name].Options, StringComparer.OrdinalIgnoreCase) };
        StoreHost host = await StoreHost.StartAsync(served, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        var options = MapiHttpTargetOptions.Parse(name, new TargetSettings
        {
            Kind = TargetFactory.MapiHttpKind,
            Url = host.MailboxEndpointUrl.ToString(),
            Options = new(StringComparer.OrdinalIgnoreCase) { ["Compression"] = "true", ["Obfuscation"] = "true" },
        });
        return new LoopbackTarget(name, host, new MapiHttpTarget(name, options), password);
    }

    public Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default) =>
        client.ConnectAsync(WithPassword(user), cancellationToken);

    public Task<ISession> ConnectWithCodePageAsync(TargetUser user, int codePage, CancellationToken cancellationToken = default) =>
        client.ConnectWithCodePageAsync(WithPassword(user), codePage, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await client.DisposeAsync().ConfigureAwait(false);
        await host.DisposeAsync().ConfigureAwait(false);
    }

    private TargetUser WithPassword(TargetUser user) => user with { Password = password };
}
