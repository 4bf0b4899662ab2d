namespace Conformance.Store.Tests.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// Rules of the Support family checked against the server sections ([MS-OXCFOLD] 3.2.5, [MS-OXCTABL] 3.2.5,
/// [MS-OXCMSG] 3.2.5) and their product-behavior notes (section 6) that the older tests did not cover.
/// </summary>
public sealed class SpecVerificationTests
{
    private static readonly PropertyTag RenderingPosition = new(0x370B0003);

    [TestCase((ushort)0x0000, Description = "PT_UNSPECIFIED")]
    [TestCase((ushort)0x000A, Description = "PT_ERROR")]
    [TestCase((ushort)0x0099, Description = "no such type")]
    [TestCase((ushort)0x2003, Description = "MultivalueInstance on a single-valued type")]
    public async Task SetColumnsWithAColumnOfAnInvalidTypeFailsWithInvalidParameter(ushort type)
    {
        // [MS-OXCTABL] 3.2.5.2: ecInvalidParam for a column of type PT_UNSPECIFIED, PT_ERROR or an invalid type.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        await client.ExpectAsync<RopGetContentsTableResponse>(new RopGetContentsTableRequest { InputHandleIndex = 1, OutputHandleIndex = 2 });
        uint result = await client.ReturnValueAsync(new RopSetColumnsRequest
        {
            InputHandleIndex = 2, PropertyTags = new[] { Tags.Mid, new PropertyTag(0x0037, (PropertyType)type) },
        });
        Assert.That(result, Is.EqualTo(ErrorCodes.InvalidParameter));
    }

    [Test]
    public async Task SetColumnsAcceptsTheMultivalueInstanceBitOnAMultivaluedType()
    {
        // [MS-OXCTABL] 2.2.2.2.1 and [MS-OXCDATA] 2.11.1.3: a multivalued column may ask for one row per value.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        await client.ExpectAsync<RopGetContentsTableResponse>(new RopGetContentsTableRequest { InputHandleIndex = 1, OutputHandleIndex = 2 });
        uint result = await client.ReturnValueAsync(new RopSetColumnsRequest
        {
            InputHandleIndex = 2, PropertyTags = new[] { new PropertyTag(0x9000, (PropertyType)0x301F) },
        });
        Assert.That(result, Is.EqualTo(ErrorCodes.Success));
    }

    [Test]
    public async Task DeleteFolderOfTheRootFolderFailsWithNotSupported()
    {
        // [MS-OXCFOLD] 3.2.5.3: ecNotSupported for an attempt to delete the Root folder.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.MailboxRoot, 1);
        uint result = await client.ReturnValueAsync(new RopDeleteFolderRequest
        {
            InputHandleIndex = 1, DeleteFolderFlags = DeleteFolderFlags.DeleteFolders | DeleteFolderFlags.DeleteMessages, FolderId = client.Folders.MailboxRoot,
        });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task DeleteFolderOfASpecialFolderFailsWithAccessDeniedAndKeepsIt()
    {
        // [MS-OXCFOLD] 3.2.5.3: ecAccessDenied for an attempt to delete a special folder.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.InterpersonalMessagesSubtree, 1);
        uint result = await client.ReturnValueAsync(new RopDeleteFolderRequest
        {
            InputHandleIndex = 1, DeleteFolderFlags = DeleteFolderFlags.DeleteFolders | DeleteFolderFlags.DeleteMessages | DeleteFolderFlags.DeleteHardDelete, FolderId = client.Folders.Inbox,
        });
        Assert.That(result, Is.EqualTo(ErrorCodes.AccessDenied));
        await client.OpenFolderAsync(client.Folders.Inbox, 2);
    }

    [Test]
    public async Task DeleteFolderIgnoresUndefinedFlagBits()
    {
        // [MS-OXCFOLD] 3.2.5.3 SHOULD fail invalid bits with ecInvalidParam; section 6 note <13>: Exchange 2010 and
        // later ignore them, which this store does.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId sub = await client.CreateFolderAsync(1, 2, "Sub");
        RopDeleteFolderResponse deleted = await client.ExpectAsync<RopDeleteFolderResponse>(new RopDeleteFolderRequest
        {
            InputHandleIndex = 1, DeleteFolderFlags = (DeleteFolderFlags)0x40, FolderId = sub,
        });
        Assert.That(deleted.PartialCompletion, Is.False);
    }

    [Test]
    public async Task EmptyFolderOfTheRootFolderFailsWithNotSupported()
    {
        // [MS-OXCFOLD] 3.2.5.9 SHOULD, section 6 note <18>: Exchange 2010 SP2 RU4 and later answer ecNotSupported.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.MailboxRoot, 1);
        uint result = await client.ReturnValueAsync(new RopEmptyFolderRequest { InputHandleIndex = 1, WantDeleteAssociated = true });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotSupported));
        await client.OpenFolderAsync(client.Folders.Inbox, 2);
    }

    [Test]
    public async Task EmptyFolderOfASearchFolderFailsWithNotSupported()
    {
        // [MS-OXCFOLD] 3.2.5.9 SHOULD, section 6 note <18>: Exchange 2007 and later answer ecNotSupported.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Search, 1);
        await client.CreateFolderAsync(1, 2, "Found", FolderType.Search);
        uint result = await client.ReturnValueAsync(new RopEmptyFolderRequest { InputHandleIndex = 2 });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task CreateAttachmentStartsWithNoRenderingPosition()
    {
        // [MS-OXCMSG] 3.2.5.13: PidTagRenderingPosition starts as 0xFFFFFFFF.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        await client.ExpectAsync<RopCreateAttachmentResponse>(new RopCreateAttachmentRequest { InputHandleIndex = 1, OutputHandleIndex = 2 });
        RopGetPropertiesSpecificResponse properties = await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = 2, WantUnicode = true, PropertyTags = new[] { RenderingPosition },
        });
        Assert.That(Tags.Value<int>(properties.RowData, 0), Is.EqualTo(-1));
    }
}
