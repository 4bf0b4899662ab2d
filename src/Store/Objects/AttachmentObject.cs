namespace Conformance.Store.Objects;

using Conformance.Store.Model;

/// <summary>
/// An open attachment. It works on a copy; RopSaveChangesAttachment puts the copy into the
/// message's working copy, which the message's own save then stores.
/// </summary>
public sealed class AttachmentObject(LogonObject logon, MessageObject message, AttachmentRecord working, bool isNew, bool writable) : PropertyObject(logon)
{
    public MessageObject Message { get; } = message;

    public AttachmentRecord Working { get; } = working;

    public bool IsNew { get; set; } = isNew;

    public override PropertyObjectKind Kind => PropertyObjectKind.Attachment;

    public override PropertyBag Properties => Working.Properties;

    public override bool IsWritable { get; } = writable;
}
