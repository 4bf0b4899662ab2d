namespace Conformance.Suites.OXCSTOR.S90_ClientObligations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;

/// <summary>
/// The ID fields our client sends ([MS-OXCSTOR] 2.2.1.8.1 to 2.2.1.11.1), read by the layouts of [MS-OXCROPS]
/// 2.2.3.8.1 to 2.2.3.11.1: RopId, LogonId, InputHandleIndex, then the one ID field, which ends the ROP. Each is
/// compared with the bytes the server returned for that ID.
/// </summary>
[TestFixture]
public sealed class IdConversionRequestTests : ConformanceTest
{
    private const int FieldAt = 3;

    // [MS-OXCROPS] 2.2.3.1.2: RopId, OutputHandleIndex, ReturnValue (4), LogonFlags, 13 Folder IDs (the Inbox fifth),
    // ResponseFlags, MailboxGuid (16), ReplId (2), ReplGuid (16).
    private const int InboxInPrivateLogon = 7 + (4 * 8);
    private const int ReplIdInPrivateLogon = 7 + (13 * 8) + 1 + 16;

    // [MS-OXCROPS] 2.2.3.1.3: RopId, OutputHandleIndex, ReturnValue (4), LogonFlags, 13 Folder IDs, ReplId (2), ReplGuid (16).
    private const int ReplGuidInPublicLogon = 7 + (13 * 8) + 2;

    // [MS-OXCROPS] 2.2.3.8.2: RopId, InputHandleIndex, ReturnValue (4), LongTermId (24).
    private const int LongTermIdInResponse = 6;

    [Test]
    [Requirement("MS-OXCSTOR-R0072")]
    [Requirement("MS-OXCSTOR-R0073")]
    [Requirement("MS-OXCSTOR-R0075")]
    [Requirement("MS-OXCSTOR-R0078")]
    [Requirement("MS-OXCSTOR-R0083")]
    public async Task ID_conversion_and_per_user_requests_carry_the_IDs_the_server_returned()
    {
        MailboxClient client = await LogonAsync();
        byte[] privateLogon = Wire.Response(LastExchange!, Wire.RopLogon);
        byte[] inbox = Wire.Slice(privateLogon, InboxInPrivateLogon, 8);
        byte[] replId = Wire.Slice(privateLogon, ReplIdInPrivateLogon, 2);

        // [MS-OXCSTOR] 2.2.1.8.1: an 8-byte Folder ID, REPLID first; the REPLID is one the server mapped, here the logon's own.
        LongTermId inboxLongTermId = await client.LongTermIdFromIdAsync(client.Folders.Inbox);
        byte[] toLongTerm = Wire.Request(LastExchange!, Wire.RopLongTermIdFromId);
        byte[] longTermId = Wire.Slice(Wire.Response(LastExchange!, Wire.RopLongTermIdFromId), LongTermIdInResponse, 24);
        Check("MS-OXCSTOR-R0072", toLongTerm.Length == FieldAt + 8 && toLongTerm.AsSpan(FieldAt).SequenceEqual(inbox), Wire.Hex(inbox), Wire.Hex(toLongTerm.AsSpan(FieldAt)));
        Check("MS-OXCSTOR-R0073", toLongTerm.AsSpan(FieldAt, 2).SequenceEqual(replId), $"REPLID {Wire.Hex(replId)} of the logon", $"REPLID {Wire.Hex(toLongTerm.AsSpan(FieldAt, 2))}");

        // [MS-OXCSTOR] 2.2.1.9.1: the 24-byte LongTermID as the server gave it.
        await client.IdFromLongTermIdAsync(inboxLongTermId);
        byte[] fromLongTerm = Wire.Request(LastExchange!, Wire.RopIdFromLongTermId);
        Check("MS-OXCSTOR-R0075", fromLongTerm.Length == FieldAt + 24 && fromLongTerm.AsSpan(FieldAt).SequenceEqual(longTermId), Wire.Hex(longTermId), Wire.Hex(fromLongTerm.AsSpan(FieldAt)));

        // [MS-OXCSTOR] 2.2.1.10.1: the 16-byte REPLGUID of the public folders logon.
        MailboxClient publicClient = await LogonPublicAsync();
        byte[] publicReplGuid = Wire.Slice(Wire.Response(LastExchange!, Wire.RopLogon), ReplGuidInPublicLogon, 16);
        await client.GetPerUserLongTermIdsAsync(new Guid(publicReplGuid));
        byte[] perUserIds = Wire.Request(LastExchange!, Wire.RopGetPerUserLongTermIds);
        Check("MS-OXCSTOR-R0078", perUserIds.Length == FieldAt + 16 && perUserIds.AsSpan(FieldAt).SequenceEqual(publicReplGuid), Wire.Hex(publicReplGuid), Wire.Hex(perUserIds.AsSpan(FieldAt)));

        // [MS-OXCSTOR] 2.2.1.11.1: the 24-byte LongTermID of a public folder; whether data is cached for it does not matter.
        LongTermId publicFolder = await publicClient.LongTermIdFromIdAsync(publicClient.PublicFolders!.InterpersonalMessagesSubtree);
        byte[] publicLongTermId = Wire.Slice(Wire.Response(LastExchange!, Wire.RopLongTermIdFromId), LongTermIdInResponse, 24);
        await client.GetPerUserGuidAsync(publicFolder);
        byte[] perUserGuid = Wire.Request(LastExchange!, Wire.RopGetPerUserGuid);
        Check("MS-OXCSTOR-R0083", perUserGuid.Length == FieldAt + 24 && perUserGuid.AsSpan(FieldAt).SequenceEqual(publicLongTermId), Wire.Hex(publicLongTermId), Wire.Hex(perUserGuid.AsSpan(FieldAt)));
    }
}
