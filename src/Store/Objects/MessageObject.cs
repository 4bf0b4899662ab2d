namespace Conformance.Store.Objects;

using Conformance.Store.Model;

/// <summary>
/// An open message. It works on <see cref="Working"/>, a copy of the saved message (or a new one),
/// so changes are visible at once on this handle and reach the store only on RopSaveChangesMessage.
/// </summary>
public sealed class MessageObject : PropertyObject
{
    public MessageObject(LogonObject logon, FolderRecord folder, MessageRecord? saved, MessageRecord working, bool writable)
        : base(logon)
    {
        Folder = folder;
        Saved = saved;
        Working = working;
        Writable = writable;
    }

    /// <summary>The folder the message is (or will be saved) in.</summary>
    public FolderRecord Folder { get; }

    /// <summary>The stored message this handle opened, or null until a new message is first saved.</summary>
    public MessageRecord? Saved { get; set; }

    public MessageRecord Working { get; }

    /// <summary>
    /// The CodePageId of the RopCreateMessage / RopOpenMessage that gave this handle ([MS-OXCMSG] 2.2.3.1.1,
    /// 2.2.3.2.1): the code page of the message's 8-bit (PtypString8) strings. <see cref="UseLogonCodePage"/>
    /// (0x0FFF, the default) means the Logon object's code page.
    /// </summary>
    public ushort CodePageId { get; init; } = UseLogonCodePage;

    /// <summary>The CodePageId value that stands for the logon's code page ([MS-OXCMSG] 2.2.3.1.1).</summary>
    public const ushort UseLogonCodePage = 0x0FFF;

    /// <summary>The attachment an embedded message belongs to, when it is one.</summary>
    public AttachmentObject? EmbeddingAttachment { get; init; }

    public override PropertyObjectKind Kind => PropertyObjectKind.Message;

    public override PropertyBag Properties => Working.Properties;

    /// <summary>Settable: RopSaveChangesMessage with KeepOpenReadOnly can lower the access ([MS-OXCMSG] 2.2.3.3.1).</summary>
    public override bool IsWritable => Writable;

    public bool Writable { get; set; }
}
