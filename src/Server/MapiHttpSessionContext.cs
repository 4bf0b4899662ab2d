namespace Conformance.Server;

using System.Security.Cryptography;
using Conformance.Adapters;

/// <summary>
/// One Session Context of the mailbox endpoint ([MS-OXCMAPIHTTP] 3.2.1): the store session it drives, the user who
/// created it, and the sequence cookie value the next request must carry. Requests on one context run one at a time.
/// </summary>
internal sealed class MapiHttpSessionContext(string id, TargetUser user, ISession session) : IAsyncDisposable
{
    public string Id { get; } = id;

    public TargetUser User { get; } = user;

    public ISession Session { get; } = session;

    /// <summary>Held while a request of this context is validated and runs.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The value the next request's sequence cookie must have; only read or changed under <see cref="Gate"/>.</summary>
    public string Sequence { get; private set; } = NewToken();

    public bool Closed { get; set; }

    /// <summary>Gives the sequence cookie a fresh value, returned with the current response.</summary>
    public string Advance() => Sequence = NewToken();

    /// <summary>An unguessable cookie value (128 random bits, URL-safe).</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // The gate is not disposed: a request may still be waiting on it, and it then finds the context closed.
    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
