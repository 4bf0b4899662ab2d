namespace Conformance.Suites.OXCSTOR.S90_ClientObligations;

using System.Buffers.Binary;
using System.Text;
using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// What our client makes of response fields it must ignore or reinterpret ([MS-OXCSTOR] 2.2.1.1.2 to 2.2.1.1.4,
/// 3.2.5.7). A conforming server never sends most of these values, so the responses come from a scripted session
/// that answers with bytes laid out by [MS-OXCROPS] 2.2.3.1 and 2.2.3.7; no target is involved. Each case compares
/// the client's outcome with the outcome for the same response without the bits to be ignored.
/// </summary>
[TestFixture]
public sealed class ResponseHandlingTests : ConformanceTest
{
    // [MS-OXCSTOR] 4.1: the private mailbox success response from LogonFlags on (0x00 to 0x9F).
    private const string PrivateLogonExample =
        "01 01 00 00 00 00 78 27 1A 01 00 00 00 00 78 27 1C 01 00 00 00 00 78 27 1D 01 00 00 00 00 78 27"
        + " 1B 01 00 00 00 00 78 27 1E 01 00 00 00 00 78 27 1F 01 00 00 00 00 78 27 20 01 00 00 00 00 78 27"
        + " 21 01 00 00 00 00 78 27 24 01 00 00 00 00 78 27 25 01 00 00 00 00 78 27 22 01 00 00 00 00 78 27"
        + " 23 01 00 00 00 00 78 27 26 07 F7 F8 91 A5 1C 34 16 41 8C 48 9D B0 1A 86 F5 0B 01 00 4D 77 D4 64"
        + " 83 49 70 4F 9B 8B 46 E6 35 BB 78 AB 0D 10 0F 01 0A 03 D8 07 60 53 1A C2 BE 82 C8 01 00 00 00 01";

    // Offsets in the ROP (RopId, OutputHandleIndex and ReturnValue come first): LogonFlags, then for a private
    // mailbox ResponseFlags after the 13 Folder IDs and StoreState last ([MS-OXCROPS] 2.2.3.1.2).
    private const int LogonFlagsAt = 6;
    private const int ResponseFlagsAt = LogonFlagsAt + 1 + (13 * 8);

    // [MS-OXCSTOR] 2.2.1.1.2 to 2.2.1.1.4: the bits other than Private (0x01), Undercover (0x02) and Ghosted (0x04).
    private const byte OtherLogonFlags = 0x08 | 0x10 | 0x20 | 0x40 | 0x80;

    [Test]
    [Requirement("MS-OXCSTOR-R0016")]
    [Requirement("MS-OXCSTOR-R0019")]
    [Requirement("MS-OXCSTOR-R0027")]
    public async Task Private_logon_success_ignores_other_LogonFlags_the_Reserved_bit_and_StoreState()
    {
        byte[] example = PrivateLogonResponse();
        var (baseline, baselineFolders) = await LogonPrivateWithAsync(example);

        byte[] otherFlags = PrivateLogonResponse();
        otherFlags[LogonFlagsAt] |= OtherLogonFlags;
        var (withFlags, flagsFolders) = await LogonPrivateWithAsync(otherFlags);
        Check("MS-OXCSTOR-R0016", withFlags is not null && withFlags with { LogonFlags = baseline!.LogonFlags } == baseline && flagsFolders == baselineFolders, "the same logon as with LogonFlags 0x01", Describe(withFlags));

        byte[] noReserved = PrivateLogonResponse();
        noReserved[ResponseFlagsAt] &= 0xFE;
        var (withoutReserved, reservedFolders) = await LogonPrivateWithAsync(noReserved);
        Check("MS-OXCSTOR-R0019", withoutReserved is not null && withoutReserved with { ResponseFlags = baseline!.ResponseFlags } == baseline && reservedFolders == baselineFolders, "the same logon as with the Reserved bit set", Describe(withoutReserved));

        byte[] otherState = PrivateLogonResponse();
        BinaryPrimitives.WriteUInt32LittleEndian(otherState.AsSpan(otherState.Length - 4), 0xA5A5A5A5);
        var (withState, stateFolders) = await LogonPrivateWithAsync(otherState);
        Check("MS-OXCSTOR-R0027", withState is not null && withState with { StoreState = baseline!.StoreState } == baseline && stateFolders == baselineFolders, "the same logon as with StoreState STORE_HAS_SEARCHES", Describe(withState));
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0029")]
    public async Task Public_logon_success_ignores_other_LogonFlags()
    {
        var (baseline, baselineFolders) = await LogonPublicWithAsync(PublicLogonResponse(0x00));
        var (withFlags, flagsFolders) = await LogonPublicWithAsync(PublicLogonResponse(OtherLogonFlags));
        Check("MS-OXCSTOR-R0029", withFlags is not null && withFlags with { LogonFlags = baseline!.LogonFlags } == baseline && flagsFolders == baselineFolders, "the same public folders logon as with LogonFlags 0x00", withFlags?.ToString() ?? "the logon failed");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0012")]
    public async Task Redirect_ignores_other_LogonFlags()
    {
        const string serverName = "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=other";
        RopResponse baseline = await RedirectWithAsync(RedirectResponse(0x01, serverName));
        RopResponse withFlags = await RedirectWithAsync(RedirectResponse(0x01 | OtherLogonFlags, serverName));
        Check("MS-OXCSTOR-R0012", withFlags is RopLogonRedirectResponse redirect && baseline is RopLogonRedirectResponse expected && redirect with { LogonFlags = expected.LogonFlags } == expected && redirect.ServerName == serverName, $"a redirect to {serverName}", withFlags.ToString());
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0188")]
    public async Task No_replica_available_reads_as_ghosted()
    {
        // [MS-OXCROPS] 2.2.3.7.3: RopId, InputHandleIndex, ReturnValue; 3.2.5.7: 0x00000469 means IsGhosted TRUE.
        byte[] failure = [Wire.RopPublicFolderIsGhosted, 0x00, 0x69, 0x04, 0x00, 0x00];
        var session = new ScriptedSession(User1, PublicLogonResponse(0x00), failure);
        await using var client = new MailboxClient(new RopSession(session));
        await client.LogonPublicAsync();
        RopPublicFolderIsGhostedResponse answer = await client.PublicFolderIsGhostedAsync(client.PublicFolders!.InterpersonalMessagesSubtree);
        Check("MS-OXCSTOR-R0188", answer.IsGhosted, "IsGhosted TRUE", $"IsGhosted {answer.IsGhosted}");
    }

    private static byte[] PrivateLogonResponse() => [Wire.RopLogon, 0x00, 0x00, 0x00, 0x00, 0x00, .. Convert.FromHexString(PrivateLogonExample.Replace(" ", string.Empty, StringComparison.Ordinal))];

    /// <summary>[MS-OXCROPS] 2.2.3.1.3: LogonFlags, 13 Folder IDs, ReplId, ReplGuid, PerUserGuid (all zero).</summary>
    private static byte[] PublicLogonResponse(byte logonFlags)
    {
        var rop = new List<byte> { Wire.RopLogon, 0x00, 0x00, 0x00, 0x00, 0x00, logonFlags };
        for (int i = 1; i <= 13; i++)
        {
            // REPLID 0x0001, then a 6-byte global counter.
            rop.AddRange([0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte)i]);
        }

        rop.AddRange([0x01, 0x00]);
        rop.AddRange(Convert.FromHexString("705BCABF1EF99841897D479E0945FD2F"));
        rop.AddRange(new byte[16]);
        return [.. rop];
    }

    /// <summary>[MS-OXCROPS] 2.2.3.1.4: ReturnValue ecWrongServer, LogonFlags, ServerNameSize, ServerName with its terminator.</summary>
    private static byte[] RedirectResponse(byte logonFlags, string serverName) =>
        [Wire.RopLogon, 0x00, 0x78, 0x04, 0x00, 0x00, logonFlags, (byte)(serverName.Length + 1), .. Encoding.ASCII.GetBytes(serverName), 0x00];

    private static string Describe(RopLogonPrivateMailboxResponse? response) => response?.ToString() ?? "the logon failed";

    private async Task<(RopLogonPrivateMailboxResponse? Response, PrivateMailboxFolderIds? Folders)> LogonPrivateWithAsync(byte[] response)
    {
        await using var client = new MailboxClient(new RopSession(new ScriptedSession(User1, response)));
        try
        {
            RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();
            return (logon, client.Mailbox);
        }
        catch (RopFailedException)
        {
            return (null, null);
        }
    }

    private async Task<(RopLogonPublicFoldersResponse? Response, PublicFoldersFolderIds? Folders)> LogonPublicWithAsync(byte[] response)
    {
        await using var client = new MailboxClient(new RopSession(new ScriptedSession(User1, response)));
        try
        {
            RopLogonPublicFoldersResponse logon = await client.LogonPublicAsync();
            return (logon, client.PublicFolders);
        }
        catch (RopFailedException)
        {
            return (null, null);
        }
    }

    private async Task<RopResponse> RedirectWithAsync(byte[] response)
    {
        await using var client = new MailboxClient(new RopSession(new ScriptedSession(User1, response)));
        return await client.RunAsync(client.PrivateLogonRequest());
    }

    /// <summary>A session that answers each call with the next scripted ROP response and a handle table.</summary>
    private sealed class ScriptedSession(TargetUser user, params byte[][] responses) : ISession
    {
        private readonly Queue<byte[]> pending = new(responses);

        public TargetUser User => user;

        public Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default)
        {
            // [MS-OXCROPS] 2.2.1: RopSize (counting itself), the response, then the Server object handle table.
            byte[] rop = pending.Dequeue();
            var output = new byte[2 + rop.Length + (MailboxClient.HandleTableSize * 4)];
            BinaryPrimitives.WriteUInt16LittleEndian(output, (ushort)(2 + rop.Length));
            rop.CopyTo(output, 2);
            for (int i = 0; i < MailboxClient.HandleTableSize; i++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(2 + rop.Length + (i * 4)), i == 0 ? 0x00000001u : 0xFFFFFFFFu);
            }

            return Task.FromResult(new RawExecution(0, output));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
