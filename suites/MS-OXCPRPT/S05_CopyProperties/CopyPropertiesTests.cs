namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using static Conformance.Suites.OXCPRPT.S05_CopyProperties.CopyObjects;

/// <summary>[MS-OXCPRPT] 2.2.10 and 3.2.5.7: RopCopyProperties between messages, attachments and folders.</summary>
[TestFixture]
public sealed class CopyPropertiesTests : ConformanceTest
{
    private const byte Source = 2;
    private const byte Destination = 3;
    private const byte Scratch = 4;
    private const byte Empty = 9;

    /// <summary>A source message with a subject and importance 2, and a destination with importance 0 and sensitivity 1, both saved and open.</summary>
    private async Task<(MailboxClient Client, TestFolder Folder, ObjectId SourceId, ObjectId DestinationId)> TwoMessagesAsync()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        ObjectId sourceId = await client.CreateSavedMessageAsync(folder.FolderId, Source, Tags.String(Tags.Subject, "copied subject"), Tags.Integer(Tags.Importance, 2));
        ObjectId destinationId = await client.CreateSavedMessageAsync(folder.FolderId, Destination, Tags.Integer(Tags.Importance, 0), Tags.Integer(Tags.Sensitivity, 1));
        return (client, folder, sourceId, destinationId);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0166")]
    [Requirement("MS-OXCPRPT-R0039")]
    [Requirement("MS-OXCPRPT-R0040")]
    public async Task Copy_properties_copies_the_listed_properties_and_keeps_them_on_the_source()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        RopResponse response = await client.RunAsync(CopyProperties(Source, Destination, CopyFlags.None, Tags.Subject, Tags.Importance));
        // [MS-OXCPRPT] 2.2.10.1: WantAsynchronous zero means the ROP is processed synchronously, so its own response comes back.
        Check("MS-OXCPRPT-R0039", response is RopCopyPropertiesResponse { ReturnValue: 0 }, "RopCopyProperties response, success", response);

        // [MS-OXCPRPT] 3.2.5.7: each listed property now has the source's value on the destination.
        PropertyRow copied = await client.GetPropertiesAsync(Destination, Tags.Subject, Tags.Importance);
        PropertyValue?[] actual = [.. copied.ValueArray.Select(v => v.Value)];
        PropertyValue[] expected = [PropertyValue.String("copied subject"), PropertyValue.Integer32(2)];
        Check("MS-OXCPRPT-R0166", actual.SequenceEqual(expected), string.Join(", ", expected.Select(Show)), string.Join(", ", actual.Select(Show)));

        // [MS-OXCPRPT] 2.2.10.1: without the Move bit the properties are copied, so the source keeps them.
        PropertyRow kept = await client.GetPropertiesAsync(Source, Tags.Subject, Tags.Importance);
        PropertyValue?[] left = [.. kept.ValueArray.Select(v => v.Value)];
        Check("MS-OXCPRPT-R0040", left.SequenceEqual(expected), string.Join(", ", expected.Select(Show)), string.Join(", ", left.Select(Show)), "source after a copy without Move");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0168")]
    public async Task Copy_properties_with_NoOverwrite_keeps_the_values_the_destination_already_has()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(Source, Destination, CopyFlags.NoOverwrite, Tags.Subject, Tags.Importance));

        // [MS-OXCPRPT] 3.2.5.7: the destination's importance (0) stays; the subject it lacked is copied.
        PropertyRow row = await client.GetPropertiesAsync(Destination, Tags.Importance, Tags.Subject);
        PropertyValue? importance = row.ValueArray[0].Value;
        PropertyValue? subject = row.ValueArray[1].Value;
        Check(
            "MS-OXCPRPT-R0168",
            Equals(importance, PropertyValue.Integer32(0)) && Equals(subject, PropertyValue.String("copied subject")),
            "importance 0 kept, subject copied",
            $"importance {Show(importance)}, subject {Show(subject)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0166")]
    [Requirement("MS-OXCPRPT-R0167")]
    public async Task Copy_properties_with_Move_puts_the_properties_on_the_destination_and_may_remove_them_from_the_source()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(Source, Destination, CopyFlags.Move, Tags.Subject));

        // [MS-OXCPRPT] 3.2.5.7: the moved property reaches the destination whatever the server does with the source.
        PropertyValue? moved = await client.GetPropertyAsync(Destination, Tags.Subject);
        CheckEqual<PropertyValue?>("MS-OXCPRPT-R0166", PropertyValue.String("copied subject"), moved, "destination after a move");

        // [MS-OXCPRPT] 3.2.5.7: the server MAY delete the moved property from the source (notes 6: Exchange 2003 and 2007 do).
        PropertyValue? left = await client.GetPropertyAsync(Source, Tags.Subject);
        Check("MS-OXCPRPT-R0167", left is null, "the subject removed from the source", Show(left));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0169")]
    public async Task Copy_properties_with_an_undefined_CopyFlags_bit_fails_with_InvalidParameter()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        // 0x04 is neither Move (0x01) nor NoOverwrite (0x02), [MS-OXCPRPT] 2.2.10.1.
        uint returnValue = await client.ReturnValueAsync(CopyProperties(Source, Destination, (CopyFlags)0x04, Tags.Subject));

        CheckReturnValue("MS-OXCPRPT-R0169", ErrorCodes.InvalidParameter, returnValue);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0170")]
    public async Task Copy_properties_between_messages_is_stored_only_by_RopSaveChangesMessage()
    {
        (MailboxClient client, TestFolder folder, ObjectId sourceId, ObjectId destinationId) = await TwoMessagesAsync();

        // Move, so that a server taking the MAY of 3.2.5.7 changes the source too; neither change may be stored yet.
        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(Source, Destination, CopyFlags.Move, Tags.Subject));
        PropertyValue? destinationBeforeSave = await client.ReadStoredAsync(folder.FolderId, destinationId, Scratch, Tags.Subject);
        PropertyValue? sourceBeforeSave = await client.ReadStoredAsync(folder.FolderId, sourceId, Scratch, Tags.Subject);
        await client.SaveMessageAsync(Destination);
        PropertyValue? destinationAfterSave = await client.ReadStoredAsync(folder.FolderId, destinationId, Scratch, Tags.Subject);

        // [MS-OXCPRPT] 3.2.5.7: message changes are persisted by RopSaveChangesMessage, not before.
        Check(
            "MS-OXCPRPT-R0170",
            destinationBeforeSave is null && Equals(sourceBeforeSave, PropertyValue.String("copied subject")) && Equals(destinationAfterSave, PropertyValue.String("copied subject")),
            "stored destination without the subject until its save, stored source unchanged, stored destination with it after the save",
            $"destination before save {Show(destinationBeforeSave)}, source before save {Show(sourceBeforeSave)}, destination after save {Show(destinationAfterSave)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0171")]
    public async Task Copy_properties_between_attachments_is_stored_only_by_RopSaveChangesAttachment_then_RopSaveChangesMessage()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        const byte message = 2;
        const byte sourceAttachment = 3;
        const byte destinationAttachment = 4;
        await client.CreateMessageAsync(folder.FolderId, message);
        await client.CreateAttachmentAsync(message, sourceAttachment);
        await client.SetPropertiesAsync(sourceAttachment, Tags.String(Tags.AttachLongFilename, "source.txt"));
        await client.SaveAttachmentAsync(message, sourceAttachment);
        uint destinationId = await client.CreateAttachmentAsync(message, destinationAttachment);
        await client.SetPropertiesAsync(destinationAttachment, Tags.String(Tags.AttachExtension, ".dat"));
        await client.SaveAttachmentAsync(message, destinationAttachment);
        ObjectId messageId = await client.SaveMessageAsync(message);

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(sourceAttachment, destinationAttachment, CopyFlags.None, Tags.AttachLongFilename));
        PropertyValue? beforeAttachmentSave = await client.ReadStoredAttachmentAsync(folder.FolderId, messageId, destinationId, 5, Tags.AttachLongFilename);
        await client.SaveAttachmentAsync(message, destinationAttachment);
        PropertyValue? beforeMessageSave = await client.ReadStoredAttachmentAsync(folder.FolderId, messageId, destinationId, 5, Tags.AttachLongFilename);
        await client.SaveMessageAsync(message);
        PropertyValue? afterBothSaves = await client.ReadStoredAttachmentAsync(folder.FolderId, messageId, destinationId, 5, Tags.AttachLongFilename);

        // [MS-OXCPRPT] 3.2.5.7: attachment changes are persisted by RopSaveChangesAttachment and then RopSaveChangesMessage.
        Check(
            "MS-OXCPRPT-R0171",
            beforeAttachmentSave is null && beforeMessageSave is null && Equals(afterBothSaves, PropertyValue.String("source.txt")),
            "not stored before either save, not stored after the attachment save alone, stored after both",
            $"{Show(beforeAttachmentSave)}, {Show(beforeMessageSave)}, {Show(afterBothSaves)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0172")]
    public async Task Copy_properties_between_folders_is_stored_at_once()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateFolderAsync(folder.Index, Source, "source");
        await client.SetPropertiesAsync(Source, Tags.String(Tags.Comment, "folder note"));
        ObjectId destinationId = (await client.CreateFolderAsync(folder.Index, Destination, "destination")).FolderId;

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(Source, Destination, CopyFlags.None, Tags.Comment));

        // [MS-OXCPRPT] 3.2.5.7: folder changes are persisted immediately, so another session sees them with no commit ROP.
        MailboxClient reader = await LogonAsync();
        await reader.OpenFolderAsync(destinationId, 1);
        PropertyValue? seen = await reader.GetPropertyAsync(1, Tags.Comment);
        CheckEqual<PropertyValue?>("MS-OXCPRPT-R0172", PropertyValue.String("folder note"), seen, "the destination folder read by another session");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0173")]
    public async Task Copy_properties_with_Move_between_folders_fails_with_NotSupported()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateFolderAsync(folder.Index, Source, "source");
        await client.SetPropertiesAsync(Source, Tags.String(Tags.Comment, "folder note"));
        await client.CreateFolderAsync(folder.Index, Destination, "destination");

        uint returnValue = await client.ReturnValueAsync(CopyProperties(Source, Destination, CopyFlags.Move, Tags.Comment));

        // [MS-OXCPRPT] 3.2.5.7: Move on a Folder object SHOULD give NotSupported.
        CheckReturnValue("MS-OXCPRPT-R0173", ErrorCodes.NotSupported, returnValue);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0049")]
    public async Task Copy_properties_to_an_empty_handle_slot_answers_NullDestinationObject_with_the_DestHandleIndex()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        // Slot 9 of the handle table holds no object.
        RopResponse response = await client.RunAsync(CopyProperties(Source, Empty, CopyFlags.None, Tags.Subject));

        // [MS-OXCPRPT] 2.2.10.2: the NullDestinationObject (0x00000503) response echoes the request's DestHandleIndex.
        Check(
            "MS-OXCPRPT-R0049",
            response is RopCopyPropertiesNullDestinationResponse { DestHandleIndex: Empty },
            $"NullDestinationObject with DestHandleIndex {Empty}",
            response);
    }
}
