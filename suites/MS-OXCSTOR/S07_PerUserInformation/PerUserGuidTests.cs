namespace Conformance.Suites.OXCSTOR.S07_PerUserInformation;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.10, 3.2.5.11: RopGetPerUserLongTermIds and RopGetPerUserGuid read the private mailbox's per-user table.</summary>
[TestFixture]
public sealed class PerUserGuidTests : PerUserInformationTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0201")]
    public async Task RopGetPerUserLongTermIds_on_a_public_folders_logon_fails_with_ecNotSupported()
    {
        MailboxClient client = await ConnectAsync();
        Guid database = (await client.LogonPublicAsync()).ReplGuid;

        uint returnValue = await client.ReturnValueAsync(new RopGetPerUserLongTermIdsRequest { InputHandleIndex = MailboxClient.LogonIndex, DatabaseGuid = database });

        // [MS-OXCSTOR] 3.2.5.10: ecNotSupported is 0x80040102.
        CheckReturnValue("MS-OXCSTOR-R0201", ErrorCodes.NotSupported, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0202")]
    public async Task RopGetPerUserGuid_on_a_public_folders_logon_fails_with_ecNotSupported()
    {
        MailboxClient client = await LogonPublicAsync();
        LongTermId subtree = (await client.ExpectAsync<RopLongTermIdFromIdResponse>(new RopLongTermIdFromIdRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex, ObjectId = client.PublicFolders!.InterpersonalMessagesSubtree,
        })).LongTermId;

        uint returnValue = await client.ReturnValueAsync(new RopGetPerUserGuidRequest { InputHandleIndex = MailboxClient.LogonIndex, LongTermId = subtree });

        // [MS-OXCSTOR] 3.2.5.11: ecNotSupported is 0x80040102.
        CheckReturnValue("MS-OXCSTOR-R0202", ErrorCodes.NotSupported, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0203")]
    public async Task RopGetPerUserGuid_for_a_folder_without_cached_data_fails_with_ecNotFound()
    {
        MailboxClient client = await LogonAsync();

        uint returnValue = await client.ReturnValueAsync(new RopGetPerUserGuidRequest { InputHandleIndex = MailboxClient.LogonIndex, LongTermId = NewFolder() });

        // [MS-OXCSTOR] 3.2.5.11: ecNotFound is 0x8004010F.
        CheckReturnValue("MS-OXCSTOR-R0203", ErrorCodes.NotFound, returnValue);
    }
}
