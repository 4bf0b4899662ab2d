namespace Conformance.Store.Tests.Infrastructure;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.InProcess;

/// <summary>
/// A fresh in-process store with two users, and helpers that talk to it through ROP bytes
/// (<see cref="RopSession"/> over <see cref="ISession.ExecuteRawAsync"/>), as a client would.
/// </summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public static readonly TargetUser User1 = new("user1", "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user1");

    public static readonly TargetUser User2 = new("user2", "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user2");

    private readonly List<RopSession> sessions = [];

    public StoreHarness(StoreOptions? options = null, TimeProvider? time = null)
    {
        Server = new StoreServer([User1, User2], options, time);
        Target = new InProcessTarget(Server);
    }

    public StoreServer Server { get; }

    public InProcessTarget Target { get; }

    public async Task<RopSession> ConnectAsync(TargetUser? user = null)
    {
        var session = new RopSession(await Target.ConnectAsync(user ?? User1));
        sessions.Add(session);
        return session;
    }

    /// <summary>Runs <paramref name="requests"/> and asserts the call itself succeeded; ROP-level results are the test's to check.</summary>
    public static async Task<RopExchange> ExecuteAsync(RopSession session, uint[] handleTable, params RopRequest[] requests)
    {
        RopExchange exchange = await session.ExecuteAsync(requests, handleTable);
        Assert.That(exchange.Result.ReturnCode, Is.Zero, "call-level return code");
        return exchange;
    }

    /// <summary>
    /// Logs <paramref name="session"/> on to its own mailbox with the handle at index 0 of a table of
    /// <paramref name="tableSize"/> entries; returns the table and the logon response.
    /// </summary>
    public static async Task<(uint[] Handles, RopLogonPrivateMailboxResponse Logon)> LogonAsync(RopSession session, int tableSize = 8)
    {
        uint[] handles = Enumerable.Repeat(RopSession.UnusedHandle, tableSize).ToArray();
        RopExchange exchange = await ExecuteAsync(session, handles, new RopLogonRequest
        {
            LogonId = 0,
            OutputHandleIndex = 0,
            LogonFlags = LogonFlags.Private,
            OpenFlags = OpenFlags.UsePerMdbReplidMapping,
            Essdn = session.User.Essdn,
        });
        var logon = (RopLogonPrivateMailboxResponse)exchange.Responses.Single();
        return ([.. exchange.HandleTable], logon);
    }

    /// <summary>The response of type <typeparamref name="T"/>, with a readable failure when the ROP failed instead.</summary>
    public static T Expect<T>(RopResponse response)
        where T : RopResponse
    {
        if (response is RopFailureResponse failure)
        {
            Assert.Fail($"{failure.RopId} failed with {ErrorCodes.Describe(failure.ReturnValue)}");
        }

        Assert.That(response, Is.InstanceOf<T>());
        return (T)response;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (RopSession session in sessions)
        {
            await session.DisposeAsync();
        }

        Assert.That(Server.InternalErrors, Is.Empty, "exceptions inside the store's handlers");
    }
}
