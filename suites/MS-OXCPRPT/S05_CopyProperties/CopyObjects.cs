namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Support;

/// <summary>The request shapes and object set-ups the copy scenarios share: copy requests, attachments, and reads of the stored state.</summary>
internal static class CopyObjects
{
    public static RopCopyPropertiesRequest CopyProperties(byte source, byte destination, CopyFlags flags, params PropertyTag[] tags) => new()
    {
        SourceHandleIndex = source, DestHandleIndex = destination, CopyFlags = flags, PropertyTags = tags,
    };

    public static RopCopyToRequest CopyTo(byte source, byte destination, CopyFlags flags = CopyFlags.None, bool wantSubObjects = false, params PropertyTag[] excluded) => new()
    {
        SourceHandleIndex = source, DestHandleIndex = destination, CopyFlags = flags, WantSubObjects = wantSubObjects, ExcludedTags = excluded,
    };

    /// <summary>RopCreateAttachment on the message at <paramref name="message"/>; returns the new attachment's number.</summary>
    public static async Task<uint> CreateAttachmentAsync(this MailboxClient client, byte message, byte output) =>
        (await client.ExpectAsync<RopCreateAttachmentResponse>(new RopCreateAttachmentRequest { InputHandleIndex = message, OutputHandleIndex = output }).ConfigureAwait(false)).AttachmentID;

    /// <summary>RopSaveChangesAttachment of the attachment at <paramref name="attachment"/> into its message at <paramref name="message"/>.</summary>
    public static Task SaveAttachmentAsync(this MailboxClient client, byte message, byte attachment) =>
        client.ExpectAsync<RopSaveChangesAttachmentResponse>(new RopSaveChangesAttachmentRequest
        {
            ResponseHandleIndex = message, InputHandleIndex = attachment, SaveFlags = SaveFlags.KeepOpenReadWrite,
        });

    public static Task OpenAttachmentAsync(this MailboxClient client, byte message, byte output, uint attachmentId, OpenAttachmentFlags flags = OpenAttachmentFlags.ReadWrite) =>
        client.ExpectAsync<RopOpenAttachmentResponse>(new RopOpenAttachmentRequest
        {
            InputHandleIndex = message, OutputHandleIndex = output, AttachmentID = attachmentId, OpenAttachmentFlags = flags,
        });

    /// <summary>
    /// A property of the message as stored: the message is opened afresh, read-only, at <paramref name="scratch"/>,
    /// read and released, so the read sees only what a save has committed ([MS-OXCMSG] RopOpenMessage).
    /// </summary>
    public static async Task<PropertyValue?> ReadStoredAsync(this MailboxClient client, ObjectId folderId, ObjectId messageId, byte scratch, PropertyTag tag)
    {
        await client.OpenMessageAsync(folderId, messageId, scratch, OpenMessageModeFlags.ReadOnly).ConfigureAwait(false);
        PropertyValue? value = await client.GetPropertyAsync(scratch, tag).ConfigureAwait(false);
        await client.ReleaseAsync(scratch).ConfigureAwait(false);
        return value;
    }

    /// <summary>A property of an attachment as stored, through a fresh read-only open of its message and of the attachment at <paramref name="scratch"/> and the index after it.</summary>
    public static async Task<PropertyValue?> ReadStoredAttachmentAsync(this MailboxClient client, ObjectId folderId, ObjectId messageId, uint attachmentId, byte scratch, PropertyTag tag)
    {
        byte attachment = (byte)(scratch + 1);
        await client.OpenMessageAsync(folderId, messageId, scratch, OpenMessageModeFlags.ReadOnly).ConfigureAwait(false);
        await client.OpenAttachmentAsync(scratch, attachment, attachmentId, OpenAttachmentFlags.ReadOnly).ConfigureAwait(false);
        PropertyValue? value = await client.GetPropertyAsync(attachment, tag).ConfigureAwait(false);
        await client.ReleaseAsync(attachment).ConfigureAwait(false);
        await client.ReleaseAsync(scratch).ConfigureAwait(false);
        return value;
    }

    public static string Show(PropertyValue? value) => value?.ToString() ?? "(not found)";
}
