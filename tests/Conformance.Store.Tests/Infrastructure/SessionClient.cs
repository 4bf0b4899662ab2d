namespace Conformance.Store.Tests.Infrastructure;

using Conformance.Adapters;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// What every family's test client shares: one session and its Server object handle table, kept across
/// calls as a client keeps it, and a logon at handle index 0. Everything goes through ROP bytes.
/// </summary>
internal abstract class SessionClient(RopSession session, uint[] handles)
{
    public RopSession Session { get; } = session;

    public uint[] Handles { get; private set; } = handles;

    /// <summary>A table of <paramref name="size"/> unused entries ([MS-OXCROPS] 2.2.1).</summary>
    protected static uint[] EmptyHandleTable(int size) => Enumerable.Repeat(RopSession.UnusedHandle, size).ToArray();

    /// <summary>RopLogon to the session user's mailbox, or to the public folders, with the logon at index 0.</summary>
    protected static RopLogonRequest LogonRequest(RopSession session, bool publicFolders) => new()
    {
        LogonId = 0,
        OutputHandleIndex = 0,
        LogonFlags = publicFolders ? LogonFlags.None : LogonFlags.Private,
        OpenFlags = publicFolders ? OpenFlags.Public | OpenFlags.UsePerMdbReplidMapping : OpenFlags.UsePerMdbReplidMapping,
        Essdn = publicFolders ? null : session.User.Essdn,
    };

    /// <summary>Sends one request and returns its response.</summary>
    public async Task<RopResponse> RunAsync(RopRequest request) => (await ExecuteAsync([request])).Single();

    /// <summary>Sends one request that must succeed with a <typeparamref name="T"/>.</summary>
    public async Task<T> ExpectAsync<T>(RopRequest request)
        where T : RopResponse => StoreHarness.Expect<T>(await RunAsync(request));

    /// <summary>Sends one request and returns its ReturnValue, whatever the response's layout.</summary>
    public async Task<uint> ReturnValueAsync(RopRequest request) => (await RunAsync(request)) switch
    {
        IRopResult result => result.ReturnValue,
        RopResponse other => throw new AssertionException($"{other.RopId} has no ReturnValue"),
    };

    /// <summary>Sends one request that must fail with the generic failure layout; returns its ReturnValue.</summary>
    public async Task<uint> FailAsync(RopRequest request)
    {
        RopResponse response = await RunAsync(request);
        Assert.That(response, Is.InstanceOf<RopFailureResponse>(), $"{request.RopId} was expected to fail");
        return ((RopFailureResponse)response).ReturnValue;
    }

    /// <summary>Sends <paramref name="requests"/> in one ROP buffer, asserts the call succeeded, keeps the returned handle table.</summary>
    protected async Task<IReadOnlyList<RopResponse>> ExecuteAsync(IReadOnlyList<RopRequest> requests, int maximumOutputSize = RopSession.DefaultMaximumOutputSize)
    {
        RopExchange exchange = await Session.ExecuteAsync(requests, Handles, maximumOutputSize);
        Assert.That(exchange.Result.ReturnCode, Is.Zero, "call-level return code");
        Handles = [.. exchange.HandleTable];
        return exchange.Responses;
    }
}
