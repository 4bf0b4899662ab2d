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
}
