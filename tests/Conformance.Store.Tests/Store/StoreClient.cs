namespace Conformance.Store.Tests.Store;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// A client of the [MS-OXCSTOR] ROPs for the tests: one session with a handle table it keeps up to
/// date, and typed helpers that send ROP bytes and return the decoded response.
/// </summary>
internal sealed class StoreClient
{
    private StoreClient(RopSession session) => Session = session;

    public RopSession Session { get; }

    public uint[] Handles { get; private set; } = Enumerable.Repeat(RopSession.UnusedHandle, 8).ToArray();

    public static async Task<StoreClient> ConnectAsync(StoreHarness harness, TargetUser? user = null) => new(await harness.ConnectAsync(user));

    /// <summary>Sends one request and returns its response; the handle table is updated from the output.</summary>
    public async Task<RopResponse> RunAsync(RopRequest request)
    {
        RopExchange exchange = await StoreHarness.ExecuteAsync(Session, Handles, request);
        Handles = [.. exchange.HandleTable];
        return exchange.Responses.Single();
    }

    public async Task<T> ExpectAsync<T>(RopRequest request)
        where T : RopResponse => StoreHarness.Expect<T>(await RunAsync(request));

    /// <summary>Sends one request that must fail; returns its ReturnValue.</summary>
    public async Task<uint> FailAsync(RopRequest request)
    {
        RopResponse response = await RunAsync(request);
        Assert.That(response, Is.InstanceOf<RopFailureResponse>(), $"{request.RopId} was expected to fail");
        return ((RopFailureResponse)response).ReturnValue;
    }

    public static RopLogonRequest PrivateLogonRequest(string essdn, byte outputHandleIndex = 0, byte logonId = 0) => new()
    {
        LogonId = logonId,
        OutputHandleIndex = outputHandleIndex,
        LogonFlags = LogonFlags.Private,
        OpenFlags = OpenFlags.UsePerMdbReplidMapping,
        Essdn = essdn,
    };

    public static RopLogonRequest PublicLogonRequest(byte outputHandleIndex = 0, byte logonId = 0) => new()
    {
        LogonId = logonId,
        OutputHandleIndex = outputHandleIndex,
        LogonFlags = LogonFlags.None,
        OpenFlags = OpenFlags.Public,
    };

    /// <summary>Logs on to the session user's own mailbox, the Logon object at handle index <paramref name="index"/>.</summary>
    public Task<RopLogonPrivateMailboxResponse> LogonPrivateAsync(byte index = 0, byte logonId = 0) =>
        ExpectAsync<RopLogonPrivateMailboxResponse>(PrivateLogonRequest(Session.User.Essdn, index, logonId));

    public Task<RopLogonPublicFoldersResponse> LogonPublicAsync(byte index = 0, byte logonId = 0) =>
        ExpectAsync<RopLogonPublicFoldersResponse>(PublicLogonRequest(index, logonId));
}

/// <summary>A clock the tests move by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
