namespace Conformance.Suites.OXCSTOR.S06_IdMapping;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 2.2.1.9, 3.2.5.9: RopIdFromLongTermId maps a LongTermID's REPLGUID to a REPLID, registering new ones.</summary>
[TestFixture]
public sealed class IdFromLongTermIdTests : ConformanceTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0199")]
    [Requirement("MS-OXCSTOR-R0200")]
    [Requirement("MS-OXCSTOR-R0076")]
    public async Task A_REPLGUID_maps_to_the_same_REPLID_on_every_query()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();
        LongTermId inbox = await LongTermIdFromIdAsync(client, client.Folders.Inbox);

        ObjectId first = await IdFromLongTermIdAsync(client, inbox);
        ObjectId second = await IdFromLongTermIdAsync(client, inbox with { Pad = 0x1234 });
        ObjectId other = await IdFromLongTermIdAsync(client, new LongTermId(logon.ReplGuid, 0x000000ABCDEF));

        // [MS-OXCSTOR] 2.2.1.9.2, 3.2.5.9: the REPLID of the REPLGUID followed by the LongTermID's global counter,
        // whatever the pad holds: the Inbox's own LongTermID gives back its Folder ID, and the logon's REPLGUID
        // gives the REPLID the logon paired with it (2.2.1.1.3).
        Check("MS-OXCSTOR-R0076", first == client.Folders.Inbox && other == new ObjectId(logon.ReplId, 0x000000ABCDEF), $"{client.Folders.Inbox}, {new ObjectId(logon.ReplId, 0x000000ABCDEF)}", $"{first}, {other}");
        bool sameReplicaId = first.ReplicaId == second.ReplicaId && (inbox.DatabaseGuid != logon.ReplGuid || first.ReplicaId == other.ReplicaId);
        Check("MS-OXCSTOR-R0199", sameReplicaId, $"REPLID {first.ReplicaId:X4} each time", $"{first.ReplicaId:X4}, {second.ReplicaId:X4}, {other.ReplicaId:X4}");

        // The same server asked again in another session keeps the same translation.
        MailboxClient again = await LogonAsync();
        ObjectId fromSecondSession = await IdFromLongTermIdAsync(again, inbox);
        CheckEqual("MS-OXCSTOR-R0200", first, fromSecondSession, "the Inbox's Folder ID from a second session");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0197")]
    public async Task A_REPLGUID_the_table_does_not_hold_gets_a_REPLID_of_its_own()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();

        // Three REPLGUIDs no server has issued; each registration is permanent, so the test keeps to three.
        Guid[] guids = [TestValues.NewGuid(), TestValues.NewGuid(), TestValues.NewGuid()];
        var replicaIds = new List<ushort>();
        var mappedBack = new List<Guid>();
        foreach (Guid guid in guids)
        {
            ObjectId id = await IdFromLongTermIdAsync(client, new LongTermId(guid, 0x000000000101));
            replicaIds.Add(id.ReplicaId);
            mappedBack.Add((await LongTermIdFromIdAsync(client, id)).DatabaseGuid);
        }

        // [MS-OXCSTOR] 3.2.5.9: each new REPLID is unlike every one in the table: unlike the mailbox's own, unlike
        // each other, not 0 (3.2.5.8), and each translates back to its own REPLGUID only.
        ushort[] all = [logon.ReplId, .. replicaIds];
        bool unique = all.Distinct().Count() == all.Length && replicaIds.All(r => r != 0) && guids.SequenceEqual(mappedBack);
        Check(
            "MS-OXCSTOR-R0197",
            unique,
            $"distinct nonzero REPLIDs other than the mailbox's {logon.ReplId:X4}, each mapping back to its REPLGUID",
            string.Join(", ", guids.Zip(replicaIds, mappedBack).Select(t => $"{t.First} -> {t.Second:X4} -> {t.Third}")));
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0195")]
    public async Task A_LongTermID_with_a_zero_REPLGUID_fails_with_ecInvalidParam()
    {
        MailboxClient client = await LogonAsync();

        uint returnValue = await client.ReturnValueAsync(new RopIdFromLongTermIdRequest { InputHandleIndex = MailboxClient.LogonIndex, LongTermId = new LongTermId(Guid.Empty, 0x000000000101) });

        // [MS-OXCSTOR] 3.2.5.9: SHOULD fail with ecInvalidParam, 0x80070057 (note 44: some products answer ecNone).
        CheckReturnValue("MS-OXCSTOR-R0195", ErrorCodes.InvalidParameter, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0196")]
    public async Task A_LongTermID_with_a_zero_global_counter_answers_ReturnValue_0()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();

        uint returnValue = await client.ReturnValueAsync(new RopIdFromLongTermIdRequest { InputHandleIndex = MailboxClient.LogonIndex, LongTermId = new LongTermId(logon.ReplGuid, 0) });

        // [MS-OXCSTOR] 3.2.5.9: the operation "fails" with 0 in ReturnValue.
        CheckReturnValue("MS-OXCSTOR-R0196", ErrorCodes.Success, returnValue);
    }

    private static async Task<ObjectId> IdFromLongTermIdAsync(MailboxClient client, LongTermId longTermId) =>
        (await client.ExpectAsync<RopIdFromLongTermIdResponse>(new RopIdFromLongTermIdRequest { InputHandleIndex = MailboxClient.LogonIndex, LongTermId = longTermId })).ObjectId;

    private static Task<LongTermId> LongTermIdFromIdAsync(MailboxClient client, ObjectId id) => LongTermIdFromIdTests.LongTermIdFromIdAsync(client, id);
}
