namespace Conformance.Store.Tests.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// The property ROPs on Attachment objects ([MS-OXCPRPT] 1.3, 3.2.5.1 to 3.2.5.8) and their save chain:
/// RopSaveChangesAttachment then RopSaveChangesMessage ([MS-OXCPRPT] 3.2.5.4, 3.2.5.8), through ROP bytes.
/// </summary>
public sealed class AttachmentPropertyTests
{
    private const byte Message = 1;
    private const byte Attachment = 2;
    private const byte OtherAttachment = 3;
    private const byte OtherMessage = 4;
    private const byte Reopened = 5;

    private static readonly PropertyTag AttachLongFilename = new(0x3707, PropertyType.PtypString);
    private static readonly PropertyTag AttachMethod = new(0x3705, PropertyType.PtypInteger32);
    private static readonly PropertyTag AttachDataBinary = new(0x3701, PropertyType.PtypBinary);
    private static readonly PropertyTag HasAttachments = new(0x0E1B, PropertyType.PtypBoolean);

    private static Task CreateAttachmentAsync(PropertyClient client, byte message, byte output) =>
        client.ExpectAsync<RopCreateAttachmentResponse>(new RopCreateAttachmentRequest { InputHandleIndex = message, OutputHandleIndex = output });

    private static Task SaveAttachmentAsync(PropertyClient client, byte message, byte attachment) =>
        client.ExpectAsync<RopSaveChangesAttachmentResponse>(new RopSaveChangesAttachmentRequest
        {
            ResponseHandleIndex = message, InputHandleIndex = attachment, SaveFlags = SaveFlags.KeepOpenReadWrite,
        });

    private static RopOpenAttachmentRequest OpenAttachment(byte message, byte output, uint number, OpenAttachmentFlags flags = OpenAttachmentFlags.ReadWrite) =>
        new() { InputHandleIndex = message, OutputHandleIndex = output, AttachmentID = number, OpenAttachmentFlags = flags };

    private static TaggedPropertyValue FileName(string name) => new(AttachLongFilename, PropertyValue.String(name));

    [Test]
    public async Task GetSetAndDeleteWorkOnAnAttachment()
    {
        // [MS-OXCPRPT] 3.2.5.1, 3.2.5.4, 3.2.5.5 on an Attachment object; 2.2.1.7: PidTagObjectType 7 for attachments.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await CreateAttachmentAsync(client, Message, Attachment);

        ValueArray<PropertyProblem> problems = await client.SetAsync(
            Attachment, FileName("a.txt"), new TaggedPropertyValue(AttachMethod, PropertyValue.Integer32(1)), Tags.Integer(Tags.ObjectType, 5));
        PropertyRow set = await client.GetAsync(Attachment, AttachLongFilename, AttachMethod, Tags.ObjectType, Tags.AccessLevel);
        ValueArray<PropertyProblem> deleteProblems = await client.DeleteAsync(Attachment, AttachMethod, Tags.ObjectType);
        PropertyRow deleted = await client.GetAsync(Attachment, AttachMethod, Tags.ObjectType);
        ValueArray<TaggedPropertyValue> all = await client.GetAllAsync(Attachment);

        Assert.Multiple(() =>
        {
            Assert.That(problems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(2, Tags.ObjectType, ErrorCodes.AccessDenied) }));
            Assert.That(set.ValueArray.Select(c => c.Value), Is.EqualTo(new PropertyValue[]
            {
                PropertyValue.String("a.txt"), PropertyValue.Integer32(1), PropertyValue.Integer32(7), PropertyValue.Integer32(1),
            }));
            Assert.That(deleteProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, Tags.ObjectType, ErrorCodes.AccessDenied) }));
            Assert.That(deleted.ValueArray[0].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
            Assert.That(deleted.ValueArray[1].Value, Is.EqualTo(PropertyValue.Integer32(7)));
            Assert.That(all.ToArray(), Does.Contain(new TaggedPropertyValue(Tags.ObjectType, PropertyValue.Integer32(7))));
            Assert.That(all.ToArray(), Does.Contain(FileName("a.txt")));
        });
    }

    [Test]
    public async Task AttachmentChangesNeedTheAttachmentSaveThenTheMessageSave()
    {
        // [MS-OXCPRPT] 3.2.5.4: an attachment change is kept on the handle until RopSaveChangesAttachment, which
        // puts it into the message; only RopSaveChangesMessage then stores it for other sessions.
        await using var harness = new StoreHarness();
        PropertyClient writer = await PropertyClient.ConnectAsync(harness);
        PropertyClient reader = await PropertyClient.ConnectAsync(harness);
        ObjectId id = await writer.SavedMessageAsync(Message);
        await CreateAttachmentAsync(writer, Message, Attachment);
        await SaveAttachmentAsync(writer, Message, Attachment);
        await writer.SaveAsync(Message);

        await writer.SetAsync(Attachment, FileName("changed.txt"));
        PropertyValue? onHandle = await writer.GetOneAsync(Attachment, AttachLongFilename);
        await writer.ExpectAsync<RopOpenAttachmentResponse>(OpenAttachment(Message, OtherAttachment, 0));
        PropertyValue? otherHandleBeforeAttachmentSave = await writer.GetOneAsync(OtherAttachment, AttachLongFilename);

        await SaveAttachmentAsync(writer, Message, Attachment);
        await writer.ExpectAsync<RopOpenAttachmentResponse>(OpenAttachment(Message, OtherAttachment, 0));
        PropertyValue? sameMessageAfterAttachmentSave = await writer.GetOneAsync(OtherAttachment, AttachLongFilename);
        await reader.OpenMessageAsync(id, OtherMessage, OpenMessageModeFlags.ReadOnly);
        await reader.ExpectAsync<RopOpenAttachmentResponse>(OpenAttachment(OtherMessage, Reopened, 0, OpenAttachmentFlags.ReadOnly));
        PropertyValue? otherSessionBeforeMessageSave = await reader.GetOneAsync(Reopened, AttachLongFilename);

        await writer.SaveAsync(Message);
        await reader.OpenMessageAsync(id, OtherMessage, OpenMessageModeFlags.ReadOnly);
        await reader.ExpectAsync<RopOpenAttachmentResponse>(OpenAttachment(OtherMessage, Reopened, 0, OpenAttachmentFlags.ReadOnly));
        PropertyValue? otherSessionAfterMessageSave = await reader.GetOneAsync(Reopened, AttachLongFilename);

        Assert.Multiple(() =>
        {
            Assert.That(onHandle, Is.EqualTo(PropertyValue.String("changed.txt")), "visible at once on the handle");
            Assert.That(otherHandleBeforeAttachmentSave, Is.Null);
            Assert.That(sameMessageAfterAttachmentSave, Is.EqualTo(PropertyValue.String("changed.txt")));
            Assert.That(otherSessionBeforeMessageSave, Is.Null, "not stored before RopSaveChangesMessage");
            Assert.That(otherSessionAfterMessageSave, Is.EqualTo(PropertyValue.String("changed.txt")));
        });
    }

    [Test]
    public async Task CopyPropertiesAndCopyToBetweenAttachments()
    {
        // [MS-OXCPRPT] 3.2.5.7 / 3.2.5.8: both objects are attachments; the destination changes in its working copy.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await CreateAttachmentAsync(client, Message, Attachment);
        await CreateAttachmentAsync(client, Message, OtherAttachment);
        await client.SetAsync(Attachment, FileName("source.txt"), new TaggedPropertyValue(AttachDataBinary, PropertyValue.Binary(new byte[] { 1, 2 })));

        RopCopyPropertiesResponse listed = await client.ExpectAsync<RopCopyPropertiesResponse>(new RopCopyPropertiesRequest
        {
            SourceHandleIndex = Attachment, DestHandleIndex = OtherAttachment, PropertyTags = new[] { AttachLongFilename, AttachMethod },
        });
        PropertyValue? name = await client.GetOneAsync(OtherAttachment, AttachLongFilename);
        await client.ExpectAsync<RopCopyToResponse>(new RopCopyToRequest { SourceHandleIndex = Attachment, DestHandleIndex = OtherAttachment, ExcludedTags = new[] { AttachLongFilename } });
        PropertyValue? data = await client.GetOneAsync(OtherAttachment, AttachDataBinary);

        Assert.Multiple(() =>
        {
            Assert.That(listed.PropertyProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, AttachMethod, ErrorCodes.NotFound) }));
            Assert.That(name, Is.EqualTo(PropertyValue.String("source.txt")));
            Assert.That(data, Is.EqualTo(PropertyValue.Binary(new byte[] { 1, 2 })));
        });
    }

    [Test]
    public async Task CopyToOfAnAttachmentOntoItselfFailsWithMessageCycle()
    {
        // [MS-OXCPRPT] 3.2.5.8 names MessageCycle for a source that contains the destination; an object copied onto
        // itself would copy its subobjects into themselves, which the store answers the same way (as it does for
        // a message copied onto itself).
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await CreateAttachmentAsync(client, Message, Attachment);

        uint error = await client.FailAsync(new RopCopyToRequest { SourceHandleIndex = Attachment, DestHandleIndex = Attachment, WantSubObjects = true });

        Assert.That(error, Is.EqualTo(ErrorCodes.MessageCycle));
    }

    [Test]
    public async Task CopyingBetweenAnAttachmentAndAMessageFailsWithNotSupported()
    {
        // [MS-OXCPRPT] 3.2.5.7 / 3.2.5.8: source and destination must be objects of one type.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await CreateAttachmentAsync(client, Message, Attachment);
        await client.SetAsync(Attachment, FileName("a.txt"));

        uint copyTo = await client.FailAsync(new RopCopyToRequest { SourceHandleIndex = Attachment, DestHandleIndex = Message });
        uint copyProperties = await client.FailAsync(new RopCopyPropertiesRequest { SourceHandleIndex = Message, DestHandleIndex = Attachment, PropertyTags = new[] { Tags.Subject } });

        Assert.Multiple(() =>
        {
            Assert.That(copyTo, Is.EqualTo(ErrorCodes.NotSupported));
            Assert.That(copyProperties, Is.EqualTo(ErrorCodes.NotSupported));
        });
    }

    private static void SeedRecipients(StoreHarness harness, ObjectId messageId, int count)
    {
        // No ROP of the store's families adds recipients (RopModifyRecipients is not implemented): set on the model.
        lock (harness.Server.Sync)
        {
            MessageRecord message = harness.Server.FindMailboxByUser(StoreHarness.User1.Name)!.Messages[messageId].Message;
            for (int i = 0; i < count; i++)
            {
                var recipient = new RecipientRecord();
                recipient.Properties.Set(0x3000, PropertyValue.Integer32(i));
                recipient.Properties.Set(0x0C15, PropertyValue.Integer32(1));
                recipient.Properties.Set(0x3001, PropertyValue.String($"Recipient {i}"));
                message.Recipients.Add(recipient);
            }
        }
    }

    /// <summary>A saved source message with two recipients and one saved attachment, open at <see cref="Message"/>; a new message at <see cref="OtherMessage"/>.</summary>
    private static async Task<(PropertyClient Client, ObjectId Source)> MessageWithSubObjectsAsync(StoreHarness harness)
    {
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        ObjectId source = await client.SavedMessageAsync(Message, Tags.String(Tags.Subject, "with subobjects"));
        await CreateAttachmentAsync(client, Message, Attachment);
        await client.SetAsync(Attachment, FileName("a.txt"));
        await SaveAttachmentAsync(client, Message, Attachment);
        await client.SaveAsync(Message);
        SeedRecipients(harness, source, 2);
        await client.OpenMessageAsync(source, Message);
        await client.CreateMessageAsync(OtherMessage);
        return (client, source);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task WantSubObjectsCopiesRecipientsAndAttachments(bool wantSubObjects)
    {
        // [MS-OXCPRPT] 2.2.11.1 / 3.2.5.8: with WantSubObjects the message's recipients and attachments are copied too.
        await using var harness = new StoreHarness();
        (PropertyClient client, _) = await MessageWithSubObjectsAsync(harness);

        await client.ExpectAsync<RopCopyToResponse>(new RopCopyToRequest { SourceHandleIndex = Message, DestHandleIndex = OtherMessage, WantSubObjects = wantSubObjects });
        ObjectId copy = await client.SaveAsync(OtherMessage);
        RopOpenMessageResponse opened = await client.ExpectAsync<RopOpenMessageResponse>(new RopOpenMessageRequest
        {
            InputHandleIndex = PropertyClient.LogonIndex, OutputHandleIndex = Reopened, CodePageId = 0x0FFF, FolderId = client.Inbox, MessageId = copy,
            OpenModeFlags = OpenMessageModeFlags.ReadOnly,
        });
        RopResponse attachment = await client.RunAsync(OpenAttachment(Reopened, OtherAttachment, 0, OpenAttachmentFlags.ReadOnly));
        PropertyValue? hasAttachments = await client.GetOneAsync(Reopened, HasAttachments);

        Assert.Multiple(async () =>
        {
            Assert.That(opened.NormalizedSubject, Is.EqualTo(TypedString.Unicode("with subobjects")), "the properties are copied either way");
            Assert.That(opened.RecipientCount, Is.EqualTo(wantSubObjects ? 2 : 0));
            Assert.That(attachment is RopOpenAttachmentResponse, Is.EqualTo(wantSubObjects));
            if (wantSubObjects)
            {
                Assert.That(hasAttachments, Is.EqualTo(PropertyValue.Boolean(true)));
                Assert.That(await client.GetOneAsync(OtherAttachment, AttachLongFilename), Is.EqualTo(PropertyValue.String("a.txt")));
            }
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task MoveTreatsSubObjectsAsItTreatsProperties(bool deletes)
    {
        // [MS-OXCPRPT] 3.2.5.8 and Appendix A note 8 (StoreOptions.MoveDeletesSourceProperties): when a move takes
        // the properties from the source, it takes the copied recipients and attachments too; otherwise the
        // source keeps everything. The source changes in its working copy, stored by its save (3.2.5.8).
        await using var harness = new StoreHarness(new StoreOptions { MoveDeletesSourceProperties = deletes });
        (PropertyClient client, ObjectId source) = await MessageWithSubObjectsAsync(harness);

        await client.ExpectAsync<RopCopyToResponse>(new RopCopyToRequest
        {
            SourceHandleIndex = Message, DestHandleIndex = OtherMessage, WantSubObjects = true, CopyFlags = CopyFlags.Move,
        });
        await client.SaveAsync(Message);
        RopOpenMessageResponse reopened = await client.ExpectAsync<RopOpenMessageResponse>(new RopOpenMessageRequest
        {
            InputHandleIndex = PropertyClient.LogonIndex, OutputHandleIndex = Reopened, CodePageId = 0x0FFF, FolderId = client.Inbox, MessageId = source,
            OpenModeFlags = OpenMessageModeFlags.ReadOnly,
        });
        RopResponse attachment = await client.RunAsync(OpenAttachment(Reopened, OtherAttachment, 0, OpenAttachmentFlags.ReadOnly));
        PropertyValue? subject = await client.GetOneAsync(Reopened, Tags.Subject);

        Assert.Multiple(() =>
        {
            Assert.That(subject is null, Is.EqualTo(deletes));
            Assert.That(reopened.RecipientCount, Is.EqualTo(deletes ? 0 : 2));
            Assert.That(attachment is RopOpenAttachmentResponse, Is.EqualTo(!deletes));
        });
    }
}
