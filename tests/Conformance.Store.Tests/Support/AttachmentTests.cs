namespace Conformance.Store.Tests.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopCreateAttachment, RopOpenAttachment and RopSaveChangesAttachment ([MS-OXCMSG] 3.2.5.4 - 3.2.5.6) and their save model.</summary>
public sealed class AttachmentTests
{
    private static RopCreateAttachmentRequest Create(byte message, byte output) => new() { InputHandleIndex = message, OutputHandleIndex = output };

    private static RopSaveChangesAttachmentRequest Save(byte message, byte attachment) =>
        new() { ResponseHandleIndex = message, InputHandleIndex = attachment, SaveFlags = SaveFlags.KeepOpenReadWrite };

    private static RopOpenAttachmentRequest Open(byte message, byte output, uint number, OpenAttachmentFlags flags = OpenAttachmentFlags.ReadWrite) =>
        new() { InputHandleIndex = message, OutputHandleIndex = output, OpenAttachmentFlags = flags, AttachmentID = number };

    [Test]
    public async Task AttachmentsAreNumberedInCreationOrder()
    {
        // [MS-OXCMSG] 2.2.3.13.2 AttachmentID: the attachment's number (PidTagAttachNumber).
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        RopCreateAttachmentResponse first = await client.ExpectAsync<RopCreateAttachmentResponse>(Create(1, 2));
        RopCreateAttachmentResponse second = await client.ExpectAsync<RopCreateAttachmentResponse>(Create(1, 3));
        Assert.That(new[] { first.AttachmentID, second.AttachmentID }, Is.EqualTo(new uint[] { 0, 1 }));
    }

    [Test]
    public async Task AnAttachmentReachesTheStoreOnlyWhenItAndItsMessageAreSaved()
    {
        // [MS-OXCMSG] 3.2.5.6 / [MS-OXCPRPT] 3.2.5.4: the attachment's save goes into the message's working copy;
        // the message's save stores both.
        await using var harness = new StoreHarness();
        SupportClient writer = await SupportClient.ConnectAsync(harness);
        SupportClient reader = await SupportClient.ConnectAsync(harness);
        ObjectId id = await writer.CreateSavedMessageAsync(writer.Folders.Inbox, 1);
        await writer.ExpectAsync<RopCreateAttachmentResponse>(Create(1, 2));

        // Unsaved: not even the message's own handle sees it.
        Assert.That(await writer.ReturnValueAsync(Open(1, 3, 0)), Is.EqualTo(ErrorCodes.NotFound));

        await writer.ExpectAsync<RopSaveChangesAttachmentResponse>(Save(1, 2));
        await writer.ExpectAsync<RopOpenAttachmentResponse>(Open(1, 3, 0));
        await reader.OpenMessageAsync(reader.Folders.Inbox, id, 1, OpenMessageModeFlags.ReadOnly);
        Assert.That(await reader.ReturnValueAsync(Open(1, 2, 0, OpenAttachmentFlags.ReadOnly)), Is.EqualTo(ErrorCodes.NotFound), "the message is not saved yet");

        await writer.SaveMessageAsync(1);
        await reader.OpenMessageAsync(reader.Folders.Inbox, id, 3, OpenMessageModeFlags.ReadOnly);
        await reader.ExpectAsync<RopOpenAttachmentResponse>(Open(3, 4, 0, OpenAttachmentFlags.ReadOnly));

        await reader.OpenFolderAsync(reader.Folders.Inbox, 5);
        RopQueryRowsResponse rows = await reader.ReadContentsAsync(5, 6, ContentsTableFlags.None, Tags.HasAttachments);
        Assert.That(Tags.Value<bool>(rows.RowData.Single(), 0), Is.True, "PidTagHasAttachments");
    }

    [Test]
    public async Task OpenAttachmentOfAnUnknownNumberFailsWithNotFound()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        Assert.That(await client.ReturnValueAsync(Open(1, 2, 42)), Is.EqualTo(ErrorCodes.NotFound));
    }

    [Test]
    public async Task AReadOnlyMessageTakesNoNewAttachmentsAndOpensThemReadOnly()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        await client.ExpectAsync<RopCreateAttachmentResponse>(Create(1, 2));
        await client.ExpectAsync<RopSaveChangesAttachmentResponse>(Save(1, 2));
        ObjectId id = await client.SaveMessageAsync(1);
        await client.OpenMessageAsync(client.Folders.Inbox, id, 3, OpenMessageModeFlags.ReadOnly);
        Assert.Multiple(async () =>
        {
            Assert.That(await client.ReturnValueAsync(Create(3, 4)), Is.EqualTo(ErrorCodes.AccessDenied));
            Assert.That(await client.ReturnValueAsync(Open(3, 4, 0, OpenAttachmentFlags.ReadWrite)), Is.EqualTo(ErrorCodes.AccessDenied));
        });

        // BestAccess on a read-only message gives a read-only attachment, which cannot be saved.
        await client.ExpectAsync<RopOpenAttachmentResponse>(Open(3, 4, 0, OpenAttachmentFlags.BestAccess));
        RopResponse saved = await client.RunAsync(Save(3, 4));
        Assert.Multiple(() =>
        {
            Assert.That(((IRopResult)saved).ReturnValue, Is.EqualTo(ErrorCodes.AccessDenied));
            Assert.That(((IRopResult)saved).HandleIndex, Is.EqualTo(3), "the response echoes ResponseHandleIndex");
        });
    }

    [Test]
    public async Task AttachmentRopsOnAFolderFailWithNullObjectOrNotSupported()
    {
        // [MS-OXCMSG] 3.2.5.12, 3.2.5.13: ecNullObject when the input handle is not a Message object;
        // 3.2.5.14: ecNotSupported when RopSaveChangesAttachment's input handle is not an Attachment object.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        Assert.Multiple(async () =>
        {
            Assert.That(await client.ReturnValueAsync(Create(1, 2)), Is.EqualTo(ErrorCodes.NullObject));
            Assert.That(await client.ReturnValueAsync(Open(1, 2, 0)), Is.EqualTo(ErrorCodes.NullObject));
            Assert.That(await client.ReturnValueAsync(Save(1, 1)), Is.EqualTo(ErrorCodes.NotSupported));
        });
    }
}
