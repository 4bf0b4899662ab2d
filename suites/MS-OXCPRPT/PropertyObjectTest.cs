namespace Conformance.Suites.OXCPRPT;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Support;

/// <summary>The objects the property ROPs act on ([MS-OXCPRPT] 2.2.2 to 2.2.13: Logon, Folder, Message and Attachment objects).</summary>
public enum ObjectKind
{
    Logon,
    Folder,
    Message,
    Attachment,
}

/// <summary>An object a test opened, with what a second session needs to open the same object.</summary>
/// <param name="Kind">The object type.</param>
/// <param name="Index">The handle index it is open at.</param>
/// <param name="Folder">The test folder (the object itself, or the one holding the message).</param>
/// <param name="MessageId">The saved message (the object, or the attachment's parent); null for logon and folder.</param>
/// <param name="AttachmentId">The attachment's number; null unless <paramref name="Kind"/> is Attachment.</param>
public sealed record OpenedObject(ObjectKind Kind, byte Index, TestFolder Folder, ObjectId? MessageId, uint? AttachmentId);

/// <summary>
/// The base of the property ROP scenarios: opens a fresh object of each type, registers the suite's probe
/// named properties, and undoes changes to the Logon object (the mailbox itself) when the test ends.
/// </summary>
public abstract class PropertyObjectTest : ConformanceTest
{
    public const byte FolderIndex = 1;
    public const byte MessageIndex = 2;
    public const byte AttachmentIndex = 3;


    /// <summary>
    /// Opens an object of <paramref name="kind"/> for this test: the logon (index 0), the test folder
    /// (<see cref="FolderIndex"/>), a saved message in it (<see cref="MessageIndex"/>, open read/write), or a saved
    /// attachment of a saved message (<see cref="AttachmentIndex"/>, open read/write).
    /// </summary>
    protected async Task<OpenedObject> OpenObjectAsync(MailboxClient client, ObjectKind kind)
    {
        TestFolder folder = await CreateTestFolderAsync(client, FolderIndex);
        switch (kind)
        {
            case ObjectKind.Logon:
                return new OpenedObject(kind, MailboxClient.LogonIndex, folder, null, null);
            case ObjectKind.Folder:
                return new OpenedObject(kind, FolderIndex, folder, null, null);
            case ObjectKind.Message:
                ObjectId messageId = await client.CreateSavedMessageAsync(folder.FolderId, MessageIndex, new TaggedPropertyValue(PropertyRopTags.Subject, PropertyValue.String("conformance property object")));
                return new OpenedObject(kind, MessageIndex, folder, messageId, null);
            default:
                ObjectId parentId = await client.CreateSavedMessageAsync(folder.FolderId, MessageIndex, new TaggedPropertyValue(PropertyRopTags.Subject, PropertyValue.String("conformance attachment parent")));
                uint attachmentId = await CreateAttachmentAsync(client, MessageIndex, AttachmentIndex);
                await SaveAttachmentAsync(client, AttachmentIndex);
                await client.SaveMessageAsync(MessageIndex);
                return new OpenedObject(kind, AttachmentIndex, folder, parentId, attachmentId);
        }
    }

    /// <summary>Opens, in another session <paramref name="other"/> (logged on to the same mailbox), the object <paramref name="opened"/> as it is stored; returns its handle index.</summary>
    protected static async Task<byte> OpenStoredAsync(MailboxClient other, OpenedObject opened)
    {
        switch (opened.Kind)
        {
            case ObjectKind.Logon:
                return MailboxClient.LogonIndex;
            case ObjectKind.Folder:
                await other.OpenFolderAsync(opened.Folder.FolderId, FolderIndex);
                return FolderIndex;
            case ObjectKind.Message:
                await other.OpenMessageAsync(opened.Folder.FolderId, opened.MessageId!.Value, MessageIndex, OpenMessageModeFlags.ReadOnly);
                return MessageIndex;
            default:
                await other.OpenMessageAsync(opened.Folder.FolderId, opened.MessageId!.Value, MessageIndex, OpenMessageModeFlags.ReadOnly);
                await other.ExpectAsync<RopOpenAttachmentResponse>(new RopOpenAttachmentRequest
                {
                    InputHandleIndex = MessageIndex,
                    OutputHandleIndex = AttachmentIndex,
                    OpenAttachmentFlags = OpenAttachmentFlags.ReadOnly,
                    AttachmentID = opened.AttachmentId!.Value,
                });
                return AttachmentIndex;
        }
    }

    /// <summary>
    /// Commits the changes made through <paramref name="opened"/> the way its type requires: nothing for logon and
    /// folder ([MS-OXCPRPT] 3.2.5.4), RopSaveChangesMessage for a message, RopSaveChangesAttachment then
    /// RopSaveChangesMessage for an attachment.
    /// </summary>
    protected static async Task CommitAsync(MailboxClient client, OpenedObject opened)
    {
        if (opened.Kind == ObjectKind.Attachment)
        {
            await SaveAttachmentAsync(client, AttachmentIndex);
        }

        if (opened.Kind is ObjectKind.Message or ObjectKind.Attachment)
        {
            await client.SaveMessageAsync(MessageIndex);
        }
    }

    /// <summary>RopCreateAttachment on the message at <paramref name="message"/>; returns the attachment's number.</summary>
    protected static async Task<uint> CreateAttachmentAsync(MailboxClient client, byte message, byte output) =>
        (await client.ExpectAsync<RopCreateAttachmentResponse>(new RopCreateAttachmentRequest { InputHandleIndex = message, OutputHandleIndex = output })).AttachmentID;

    /// <summary>RopSaveChangesAttachment, keeping the attachment open read/write.</summary>
    protected static Task<RopSaveChangesAttachmentResponse> SaveAttachmentAsync(MailboxClient client, byte attachment) =>
        client.ExpectAsync<RopSaveChangesAttachmentResponse>(new RopSaveChangesAttachmentRequest { ResponseHandleIndex = attachment, InputHandleIndex = attachment, SaveFlags = SaveFlags.KeepOpenReadWrite });

    /// <summary>The tags of the suite's probe named properties (text, number) in this mailbox, registering them if needed.</summary>
    protected static async Task<(PropertyTag Text, PropertyTag Number)> ProbeTagsAsync(MailboxClient client)
    {
        ValueArray<ushort> ids = await client.RegisterNamedPropertiesAsync(MailboxClient.LogonIndex, PropertyRopTags.TextProbe, PropertyRopTags.NumberProbe);
        return (new PropertyTag(ids[0], PropertyType.PtypString), new PropertyTag(ids[1], PropertyType.PtypInteger32));
    }

    /// <summary>
    /// When <paramref name="opened"/> is the Logon object, removes <paramref name="tags"/> from the mailbox when the
    /// test ends (through a fresh session), so the test leaves the mailbox object as it found it.
    /// </summary>
    protected void RemoveFromLogonAtEnd(OpenedObject opened, params PropertyTag[] tags)
    {
        if (opened.Kind == ObjectKind.Logon)
        {
            RemoveFromLogonAtEnd(tags);
        }
    }

    /// <summary>Removes <paramref name="tags"/> from the Logon object (the mailbox) when the test ends, through a fresh session.</summary>
    protected void RemoveFromLogonAtEnd(params PropertyTag[] tags)
    {
        AddCleanup(async () =>
        {
            MailboxClient cleaner = await LogonAsync();
            await cleaner.DeletePropertiesAsync(MailboxClient.LogonIndex, tags);
        });
    }

    /// <summary>The value of a cell, or null when the server flagged an error or no value.</summary>
    protected static PropertyValue? ValueOf(FlaggedPropertyValue cell) => cell.Flag == FlaggedPropertyValueFlag.Available ? cell.Value : null;

    /// <summary>The error code of a cell flagged as an error, or null.</summary>
    protected static uint? ErrorOf(FlaggedPropertyValue cell) =>
        cell.Flag == FlaggedPropertyValueFlag.Error && cell.Value is PropertyValue<uint> code ? code.Value : null;

    protected static string Show(PropertyValue? value) => value?.ToString() ?? "(no value)";
}
