namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using Conformance.Adapters.Client;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// [MS-OXCSTOR] 2.2.1.1.3, 3.2.5.1.1: several private logons on one session, the USE_PER_MDB_REPLID_MAPPING flag,
/// and the REPLID and named property mappings that logons with one REPLGUID share.
/// </summary>
[TestFixture]
public sealed class ReplicaMappingTests : ConformanceTest
{
    private const byte FurtherLogon = 1;

    // A name of this suite's own, registered once per mailbox and then found by every later run.
    private static readonly PropertyName SharedName = PropertyName.FromName(new Guid("6a1f6d1e-4c1b-4f0e-9a51-0c5e2f3b7d21"), "ConformanceLogonMapping");

    [TestCase(false, TestName = "{m}(first logon of the session)")]
    [TestCase(true, TestName = "{m}(further logon to the same mailbox)")]
    [Requirement("MS-OXCSTOR-R0150")]
    public async Task USE_PER_MDB_REPLID_MAPPING_is_ignored_on_the_first_logon_and_for_the_same_mailbox(bool further)
    {
        MailboxClient client = await ConnectAsync();
        RopLogonRequest request = client.PrivateLogonRequest() with { OpenFlags = OpenFlags.None };
        if (further)
        {
            await client.LogonPrivateAsync();
            request = client.FurtherPrivateLogonRequest(FurtherLogon, User1.Essdn, OpenFlags.None);
        }

        LogonAttempt attempt = await client.TryLogonAsync(request);

        // [MS-OXCSTOR] 3.2.5.1.1: the flag SHOULD be ignored here, so the logon succeeds as with it; Exchange 2013 and
        // later fail instead (<27>).
        Check("MS-OXCSTOR-R0150", attempt.ReturnValue == ErrorCodes.Success, ErrorCodes.Describe(ErrorCodes.Success), attempt, "logon without USE_PER_MDB_REPLID_MAPPING");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0022")]
    public async Task Private_logons_without_USE_PER_MDB_REPLID_MAPPING_on_one_session_share_one_ReplGuid()
    {
        MailboxClient client = await ConnectAsync();
        LogonAttempt first = await client.TryLogonAsync(client.PrivateLogonRequest() with { OpenFlags = OpenFlags.None });
        LogonAttempt second = await client.TryLogonAsync(client.FurtherPrivateLogonRequest(FurtherLogon, User1.Essdn, OpenFlags.None));
        if (first.Response is not RopLogonPrivateMailboxResponse one || second.Response is not RopLogonPrivateMailboxResponse two)
        {
            // The server refused logons without the flag (allowed by R0150's SHOULD), so no two such logons exist to compare.
            Requirements.Current.Inconclusive("MS-OXCSTOR-R0022", $"the target refused private logons without USE_PER_MDB_REPLID_MAPPING: {first}, then {second}", LastExchange);
            return;
        }

        // [MS-OXCSTOR] 2.2.1.1.3: without the flag, every private logon of the session carries the same ReplGuid.
        CheckEqual("MS-OXCSTOR-R0022", one.ReplGuid, two.ReplGuid, "ReplGuid of the second logon against the first");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0230")]
    public async Task A_further_logon_to_another_mailbox_without_USE_PER_MDB_REPLID_MAPPING_fails_with_ecInvalidParameter()
    {
        string otherMailbox = User2.Essdn;
        MailboxClient client = await LogonAsync();

        LogonAttempt attempt = await client.TryLogonAsync(client.FurtherPrivateLogonRequest(FurtherLogon, otherMailbox, OpenFlags.None));

        // [MS-OXCSTOR] 3.2.5.1.1, 3.2.5.1.3: SHOULD be ecInvalidParameter (0x80070057); older products let it through or redirect (<29>).
        Check("MS-OXCSTOR-R0230", attempt.ReturnValue == ErrorCodes.InvalidParameter, ErrorCodes.Describe(ErrorCodes.InvalidParameter), attempt);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0153")]
    public async Task Logons_with_the_same_ReplGuid_share_the_REPLID_and_named_property_mappings()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonPrivateMailboxResponse first = await client.LogonPrivateAsync();
        RopLogonPrivateMailboxResponse second = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(client.FurtherPrivateLogonRequest(FurtherLogon, User1.Essdn));
        if (first.ReplGuid != second.ReplGuid)
        {
            Requirements.Current.Inconclusive("MS-OXCSTOR-R0153", $"two logons to the same mailbox returned different ReplGuids ({first.ReplGuid}, {second.ReplGuid})", LastExchange);
            return;
        }

        // The REPLID-to-REPLGUID mapping, both ways ([MS-OXCSTOR] 3.2.5.8, 3.2.5.9 need no existing object).
        var id = new ObjectId(first.ReplId, first.FolderIds.Inbox.GlobalCounter);
        LongTermId longTermFirst = await client.LongTermIdFromIdAsync(id);
        LongTermId longTermSecond = await client.LongTermIdFromIdAsync(id, FurtherLogon, FurtherLogon);
        ObjectId idFirst = await client.IdFromLongTermIdAsync(longTermFirst);
        ObjectId idSecond = await client.IdFromLongTermIdAsync(longTermFirst, FurtherLogon, FurtherLogon);

        // The named property mapping: the name registered through one logon has the same ID through the other.
        ushort registered = (await client.ExpectAsync<RopGetPropertyIdsFromNamesResponse>(new RopGetPropertyIdsFromNamesRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex,
            Flags = GetPropertyIdsFromNamesFlags.Create,
            PropertyNames = new[] { SharedName },
        })).PropertyIds[0];
        ushort seen = (await client.ExpectAsync<RopGetPropertyIdsFromNamesResponse>(new RopGetPropertyIdsFromNamesRequest
        {
            LogonId = FurtherLogon,
            InputHandleIndex = FurtherLogon,
            Flags = GetPropertyIdsFromNamesFlags.None,
            PropertyNames = new[] { SharedName },
        })).PropertyIds[0];
        PropertyName named = (await client.ExpectAsync<RopGetNamesFromPropertyIdsResponse>(new RopGetNamesFromPropertyIdsRequest
        {
            LogonId = FurtherLogon,
            InputHandleIndex = FurtherLogon,
            PropertyIds = new[] { registered },
        })).PropertyNames[0];

        // [MS-OXCSTOR] 3.2.5.1.1: one REPLGUID, one REPLID mapping and one named property mapping.
        bool shared = longTermFirst == longTermSecond && idFirst == idSecond && registered == seen && named == SharedName;
        Check(
            "MS-OXCSTOR-R0153",
            shared,
            $"the same answers through both logons: {longTermFirst}, {idFirst}, ID 0x{registered:X4} for {SharedName}",
            $"second logon: {longTermSecond}, {idSecond}, ID 0x{seen:X4}, name {named}");
    }
}
