namespace Conformance.Suites.OXCSTOR.S02_PublicFoldersLogon;

using Conformance.Adapters.Client;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;

/// <summary>[MS-OXCSTOR] 2.2.2.2.2: PidTagAddressBookMessageId on a public folders logon.</summary>
[TestFixture]
public sealed class AddressBookMessageIdTests : ConformanceTest
{
    // [MS-OXPROPS] 2.551: PidTagAddressBookMessageId, ID 0x674F, PtypInteger64.
    private static readonly PropertyTag AddressBookMessageId = new(0x674F, PropertyType.PtypInteger64);

    private const byte FolderIndex = 1;

    private const byte TableIndex = 2;

    [Test]
    [Requirement("MS-OXCSTOR-R0114")]
    public async Task PidTagAddressBookMessageId_is_ecNotFound_without_a_first_message_in_a_local_offline_address_book_folder()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonPublicFoldersResponse logon = await client.LogonPublicAsync();
        FlaggedPropertyValue value = (await client.GetPropertiesAsync(MailboxClient.LogonIndex, AddressBookMessageId)).ValueArray[0];

        string? missing = await WhyNoMessageAsync(client, logon.FolderIds.LocalSiteOfflineAddressBookData);
        if (missing is null)
        {
            Requirements.Current.Inconclusive("MS-OXCSTOR-R0114", "the local site's offline address book folder has a local replica with a message, so the property has a value", LastExchange);
            return;
        }

        // [MS-OXCSTOR] 2.2.2.2.2: the property is the error ecNotFound (0x8004010F).
        bool notFound = value.Flag == FlaggedPropertyValueFlag.Error && value.Value is PropertyValue<uint> { Value: ErrorCodes.NotFound };
        Check("MS-OXCSTOR-R0114", notFound, ErrorCodes.Describe(ErrorCodes.NotFound), value.Value is PropertyValue<uint> error ? ErrorCodes.Describe(error.Value) : value, $"the folder {missing}");
    }

    /// <summary>Why the local site's offline address book folder offers no message here, or null when it does.</summary>
    private static async Task<string?> WhyNoMessageAsync(MailboxClient client, ObjectId folderId)
    {
        if (folderId == default)
        {
            return "is not returned by the logon (empty Folder ID)";
        }

        uint opened = await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, OutputHandleIndex = FolderIndex, FolderId = folderId });
        if (opened != ErrorCodes.Success)
        {
            return $"cannot be opened ({ErrorCodes.Describe(opened)})";
        }

        // [MS-OXCSTOR] 2.2.1.7: a ghosted folder has no local replica.
        var ghosted = await client.RunAsync(new RopPublicFolderIsGhostedRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = folderId });
        if (ghosted is RopPublicFolderIsGhostedResponse { ReturnValue: 0, IsGhosted: true })
        {
            return "has no local replica";
        }

        RopGetContentsTableResponse table = await client.ExpectAsync<RopGetContentsTableResponse>(
            new RopGetContentsTableRequest { InputHandleIndex = FolderIndex, OutputHandleIndex = TableIndex, TableFlags = ContentsTableFlags.None });
        return table.RowCount == 0 ? "holds no message" : null;
    }
}
