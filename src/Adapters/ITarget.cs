namespace Conformance.Adapters;

/// <summary>
/// A server under test: the in-process store or a live server. Suites reach it only through
/// sessions, which carry ROP bytes, so the same test runs unchanged against either.
/// </summary>
public interface ITarget : IAsyncDisposable
{
    /// <summary>The configured name of the target (for example <c>inproc</c>).</summary>
    string Name { get; }

    /// <summary>Provokes server conditions a test needs; null when the target cannot (a live server, usually).</summary>
    IServerControl? ServerControl { get; }

    /// <summary>Opens a session as <paramref name="user"/> (the MAPI over HTTP Connect, or its in-process equivalent).</summary>
    Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a session as <paramref name="user"/> whose connection names <paramref name="codePage"/> as the client's code
    /// page (cpid of EcDoConnectEx, [MS-OXCRPC] 3.1.4.11; DefaultCodePage of Connect, [MS-OXCMAPIHTTP] 2.2.4.1.1), which
    /// RopLogon then judges ([MS-OXCSTOR] 3.2.5.1.1). A target that cannot choose it throws <see cref="TargetCapabilityException"/>.
    /// </summary>
    Task<ISession> ConnectWithCodePageAsync(TargetUser user, int codePage, CancellationToken cancellationToken = default) =>
        throw new TargetCapabilityException($"target '{Name}' cannot choose the code page of a connection");
}
