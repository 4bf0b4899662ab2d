namespace Conformance.Suites.OXCSTOR.S03_ReceiveFolders;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.2, 3.2.5.3, 3.2.5.4: the Receive folder ROPs exist only for private mailbox logons.</summary>
[TestFixture]
public sealed class PublicLogonTests : ReceiveFolderTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0161")]
    public async Task RopGetReceiveFolder_on_a_public_folders_logon_fails_with_ecNotSupported()
    {
        MailboxClient client = await LogonPublicAsync();

        uint returnValue = await client.ReturnValueAsync(new RopGetReceiveFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, MessageClass = "IPM.Note" });

        // [MS-OXCSTOR] 3.2.5.2: ecNotSupported is 0x80040102.
        CheckReturnValue("MS-OXCSTOR-R0161", ErrorCodes.NotSupported, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0163")]
    public async Task RopSetReceiveFolder_on_a_public_folders_logon_fails_with_ecNotSupported()
    {
        MailboxClient client = await LogonPublicAsync();

        // A public folder as the target, so the only thing wrong is the kind of logon.
        uint returnValue = await client.ReturnValueAsync(new RopSetReceiveFolderRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex,
            FolderId = client.PublicFolders!.InterpersonalMessagesSubtree,
            MessageClass = UniqueMessageClass(),
        });

        // [MS-OXCSTOR] 3.2.5.3: ecNotSupported is 0x80040102.
        CheckReturnValue("MS-OXCSTOR-R0163", ErrorCodes.NotSupported, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0168")]
    public async Task RopGetReceiveFolderTable_on_a_public_folders_logon_fails_with_ecNotSupported()
    {
        MailboxClient client = await LogonPublicAsync();

        uint returnValue = await client.ReturnValueAsync(new RopGetReceiveFolderTableRequest { InputHandleIndex = MailboxClient.LogonIndex });

        // [MS-OXCSTOR] 3.2.5.4: ecNotSupported is 0x80040102.
        CheckReturnValue("MS-OXCSTOR-R0168", ErrorCodes.NotSupported, returnValue);
    }
}
