namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using static Conformance.Suites.OXCPRPT.S05_CopyProperties.CopyObjects;

/// <summary>
/// What RopCopyProperties ([MS-OXCPRPT] 3.2.5.7) and RopCopyTo (3.2.5.8) share: the handle slots, the two folders,
/// and the save model both sections state in the same words: a copy between messages is stored by
/// RopSaveChangesMessage, between attachments by RopSaveChangesAttachment then RopSaveChangesMessage, between
/// folders at once. Each fixture says which ROP it copies with and which requirement each scenario verifies.
/// </summary>
public abstract class CopyTest : ConformanceTest
{
    protected const byte Source = 2;
    protected const byte Destination = 3;
    protected const byte Scratch = 4;
    protected const byte Empty = 9;

    /// <summary>The copy ROP of the fixture from <paramref name="source"/> to <paramref name="destination"/>, carrying <paramref name="tag"/> over.</summary>
    protected abstract RopRequest Copy(byte source, byte destination, CopyFlags flags, PropertyTag tag);

    /// <summary>A saved source message with PidTagSubject "copied subject" and a saved destination without one, both open.</summary>
    protected abstract Task<(MailboxClient Client, TestFolder Folder, ObjectId SourceId, ObjectId DestinationId)> TwoMessagesAsync();

    /// <summary>Two subfolders of the test folder, open at <see cref="Source"/> (with a comment) and <see cref="Destination"/>.</summary>
    protected async Task<(MailboxClient Client, TestFolder Folder, ObjectId SourceId, ObjectId DestinationId)> TwoFoldersAsync()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        ObjectId sourceId = (await client.CreateFolderAsync(folder.Index, Source, "source")).FolderId;
        await client.SetPropertiesAsync(Source, Tags.String(Tags.Comment, "folder note"));
        ObjectId destinationId = (await client.CreateFolderAsync(folder.Index, Destination, "destination")).FolderId;
        return (client, folder, sourceId, destinationId);
    }

    /// <summary>A copy between messages is stored by RopSaveChangesMessage, not before.</summary>
    protected async Task CheckMessageCopyIsStoredOnlyBySaveAsync(string id)
    {
        (MailboxClient client, TestFolder folder, ObjectId sourceId, ObjectId destinationId) = await TwoMessagesAsync();

        // Move, so that a server taking the MAY of 3.2.5.7 / 3.2.5.8 changes the source too; neither change may be stored yet.
        await client.ExpectAsync<RopResponse>(Copy(Source, Destination, CopyFlags.Move, Tags.Subject));
        PropertyValue? destinationBeforeSave = await client.ReadStoredAsync(folder.FolderId, destinationId, Scratch, Tags.Subject);
        PropertyValue? sourceBeforeSave = await client.ReadStoredAsync(folder.FolderId, sourceId, Scratch, Tags.Subject);
        await client.SaveMessageAsync(Destination);
        PropertyValue? destinationAfterSave = await client.ReadStoredAsync(folder.FolderId, destinationId, Scratch, Tags.Subject);

        Check(
            id,
            destinationBeforeSave is null && Equals(sourceBeforeSave, PropertyValue.String("copied subject")) && Equals(destinationAfterSave, PropertyValue.String("copied subject")),
            "stored destination without the subject until its save, stored source unchanged, stored destination with it after the save",
            $"destination before save {Show(destinationBeforeSave)}, source before save {Show(sourceBeforeSave)}, destination after save {Show(destinationAfterSave)}");
    }

    /// <summary>A copy between attachments is stored by RopSaveChangesAttachment and then RopSaveChangesMessage.</summary>
    protected async Task CheckAttachmentCopyIsStoredOnlyByBothSavesAsync(string id)
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

        await client.ExpectAsync<RopResponse>(Copy(sourceAttachment, destinationAttachment, CopyFlags.None, Tags.AttachLongFilename));
        PropertyValue? beforeAttachmentSave = await client.ReadStoredAttachmentAsync(folder.FolderId, messageId, destinationId, 5, Tags.AttachLongFilename);
        await client.SaveAttachmentAsync(message, destinationAttachment);
        PropertyValue? beforeMessageSave = await client.ReadStoredAttachmentAsync(folder.FolderId, messageId, destinationId, 5, Tags.AttachLongFilename);
        await client.SaveMessageAsync(message);
        PropertyValue? afterBothSaves = await client.ReadStoredAttachmentAsync(folder.FolderId, messageId, destinationId, 5, Tags.AttachLongFilename);

        Check(
            id,
            beforeAttachmentSave is null && beforeMessageSave is null && Equals(afterBothSaves, PropertyValue.String("source.txt")),
            "not stored before either save, not stored after the attachment save alone, stored after both",
            $"{Show(beforeAttachmentSave)}, {Show(beforeMessageSave)}, {Show(afterBothSaves)}");
    }

    /// <summary>A copy between folders is stored at once: another session sees it with no commit ROP.</summary>
    protected async Task CheckFolderCopyIsStoredAtOnceAsync(string id)
    {
        (MailboxClient client, _, _, ObjectId destinationId) = await TwoFoldersAsync();

        await client.ExpectAsync<RopResponse>(Copy(Source, Destination, CopyFlags.None, Tags.Comment));

        MailboxClient reader = await LogonAsync();
        await reader.OpenFolderAsync(destinationId, 1);
        PropertyValue? seen = await reader.GetPropertyAsync(1, Tags.Comment);
        CheckEqual<PropertyValue?>(id, PropertyValue.String("folder note"), seen, "the destination folder read by another session");
    }
}
