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
internal sealed class StoreClient : SessionClient
{
    private StoreClient(RopSession session)
        : base(session, EmptyHandleTable(8))
    {
    }

    public static async Task<StoreClient> ConnectAsync(StoreHarness harness, TargetUser? user = null) => new(await harness.ConnectAsync(user));

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
