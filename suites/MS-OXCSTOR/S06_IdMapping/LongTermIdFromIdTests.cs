namespace Conformance.Suites.OXCSTOR.S06_IdMapping;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 2.2.1.8, 3.2.5.8: RopLongTermIdFromId maps a Folder ID or Message ID's REPLID to its REPLGUID.</summary>
[TestFixture]
public sealed class LongTermIdFromIdTests : ConformanceTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0193")]
    [Requirement("MS-OXCSTOR-R0194")]
    [Requirement("MS-OXCSTOR-R0074")]
    public async Task A_REPLID_maps_to_the_same_REPLGUID_on_every_query()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();
        ObjectId[] folders = [client.Folders.Inbox, client.Folders.MailboxRoot, client.Folders.InterpersonalMessagesSubtree, client.Folders.Inbox];

        var longTermIds = new List<LongTermId>();
        foreach (ObjectId folder in folders)
        {
            longTermIds.Add(await LongTermIdFromIdAsync(client, folder));
        }

        // [MS-OXCSTOR] 2.2.1.8.2, 3.2.5.8: the REPLGUID, then the ID's 48-bit global counter, then a zero pad.
        bool layout = folders.Zip(longTermIds).All(p => p.Second.GlobalCounter == p.First.GlobalCounter && p.Second.Pad == 0);
        Check("MS-OXCSTOR-R0074", layout, string.Join(", ", folders.Select(f => $"counter {f.GlobalCounter:X12} pad 0")), string.Join(", ", longTermIds.Select(l => $"counter {l.GlobalCounter:X12} pad {l.Pad}")));

        // [MS-OXCSTOR] 3.2.5.8: every query for one REPLID gives one REPLGUID, and the logon's REPLID gives the
        // REPLGUID the logon paired with it (2.2.1.1.3).
        var byReplicaId = folders.Zip(longTermIds).GroupBy(p => p.First.ReplicaId, p => p.Second.DatabaseGuid).ToList();
        bool stable = byReplicaId.All(g => g.Distinct().Count() == 1 && (g.Key != logon.ReplId || g.First() == logon.ReplGuid));
        Check("MS-OXCSTOR-R0193", stable, $"one REPLGUID per REPLID ({logon.ReplId:X4} -> {logon.ReplGuid})", string.Join(", ", folders.Zip(longTermIds).Select(p => $"{p.First.ReplicaId:X4} -> {p.Second.DatabaseGuid}")));

        // The same server asked again in another session keeps the same translation.
        MailboxClient other = await LogonAsync();
        LongTermId again = await LongTermIdFromIdAsync(other, folders[0]);
        CheckEqual("MS-OXCSTOR-R0194", longTermIds[0], again, "the Inbox's LongTermID from a second session");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0191")]
    [Requirement("MS-OXCSTOR-R0192")]
    public async Task REPLID_0_is_never_mapped_and_an_unmapped_REPLID_fails_with_ecNotFound()
    {
        MailboxClient client = await LogonAsync();

        // [MS-OXCSTOR] 3.2.5.8: REPLID 0 is never a replica ID, so an ID carrying it (with a nonzero counter, unlike
        // the ObjectId 0 of note 43) has no entry in the mapping table.
        var request = new RopLongTermIdFromIdRequest { InputHandleIndex = MailboxClient.LogonIndex, ObjectId = new ObjectId(0, 0x000000123456) };
        var response = await client.RunAsync(request);
        uint returnValue = response is Protocol.Rops.IRopResult result ? result.ReturnValue : ErrorCodes.GeneralFailure;
        Guid mapped = response is RopLongTermIdFromIdResponse { ReturnValue: 0 } success ? success.LongTermId.DatabaseGuid : Guid.Empty;

        // The logon's own folders carry a REPLID from the table, which is not 0 either.
        bool zeroUnused = mapped == Guid.Empty && client.Folders.ToArray().Where(f => f != default).All(f => f.ReplicaId != 0);
        Check("MS-OXCSTOR-R0192", zeroUnused, "REPLID 0 maps to no REPLGUID; no folder uses it", $"{ErrorCodes.Describe(returnValue)}, REPLGUID {mapped}; folder REPLIDs {string.Join(", ", client.Folders.ToArray().Select(f => f.ReplicaId.ToString("X4")).Distinct())}");
        CheckReturnValue("MS-OXCSTOR-R0191", ErrorCodes.NotFound, returnValue);
    }

    internal static async Task<LongTermId> LongTermIdFromIdAsync(MailboxClient client, ObjectId id) =>
        (await client.ExpectAsync<RopLongTermIdFromIdResponse>(new RopLongTermIdFromIdRequest { InputHandleIndex = MailboxClient.LogonIndex, ObjectId = id })).LongTermId;
}
