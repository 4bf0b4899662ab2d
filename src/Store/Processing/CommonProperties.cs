namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Store.Model;
using Conformance.Store.Objects;

/// <summary>
/// The rules for the common object properties of [MS-OXCPRPT] 2.2.1: which the client cannot change (on
/// every object, the Logon object included), and which the server computes on read for Folder, Message and
/// Attachment objects. The Logon object's own rules add to these ([MS-OXCSTOR] 2.2.2, <see cref="LogonObject"/>).
/// </summary>
public static class CommonProperties
{
    /// <summary>[MS-OXCPRPT] 2.2.1 PidTagAccess bits.</summary>
    public const int AccessModify = 0x01;

    public const int AccessRead = 0x02;

    public const int AccessDelete = 0x04;

    public const int AccessCreateHierarchyTable = 0x08;

    public const int AccessCreateContentsTable = 0x10;

    public const int AccessCreateAssociatedContentsTable = 0x20;

    /// <summary>[MS-OXCPRPT] 2.2.1.7 PidTagObjectType values the store answers.</summary>
    public const int ObjectTypeMessage = 0x00000005;

    public const int ObjectTypeAttachment = 0x00000007;

    // [MS-OXCPRPT] 2.2.1.1 to 2.2.1.9: every common property is read-only for the client. The IDs of
    // the object itself (Folder ID, Message ID, parent Folder ID) are the server's too.
    private static readonly HashSet<ushort> ReadOnly =
    [
        PropertyIds.Access, PropertyIds.AccessLevel, PropertyIds.ChangeKey, PropertyIds.CreationTime,
        PropertyIds.LastModificationTime, PropertyIds.LastModifierName, PropertyIds.ObjectType, PropertyIds.RecordKey,
        PropertyIds.SearchKey, PropertyIds.FolderId, PropertyIds.MessageId, PropertyIds.ParentFolderId,
    ];

    // [MS-OXCDATA] 2.2.4: a folder's and a saved message's own EntryID and their store's EntryID.
    private static readonly PropertyTag[] EntryIdTags =
    [
        new(EntryIds.StoreEntryId, PropertyType.PtypBinary), new(EntryIds.EntryId, PropertyType.PtypBinary),
    ];

    private static readonly PropertyTag[] FolderComputed = [new(PropertyIds.Access, PropertyType.PtypInteger32), .. EntryIdTags];

    private static readonly PropertyTag[] AttachmentComputed =
    [
        new(PropertyIds.Access, PropertyType.PtypInteger32), new(PropertyIds.AccessLevel, PropertyType.PtypInteger32),
        new(PropertyIds.ObjectType, PropertyType.PtypInteger32),
    ];

    private static readonly PropertyTag[] MessageComputed = [.. AttachmentComputed, new(MessageSizeId, PropertyType.PtypInteger32), .. EntryIdTags];

    // PidTagMessageSize ([MS-OXCMSG] 2.2.1.7).
    private const ushort MessageSizeId = 0x0E08;

    /// <summary>Whether the client may not set <paramref name="propertyId"/>: the common properties are read-only on every object ([MS-OXCPRPT] 2.2.1).</summary>
    public static bool IsReadOnly(PropertyObjectKind kind, ushort propertyId) => ReadOnly.Contains(propertyId);

    /// <summary>The tags <see cref="Computed"/> answers for <paramref name="kind"/>.</summary>
    public static IEnumerable<PropertyTag> ComputedTags(PropertyObjectKind kind) => kind switch
    {
        PropertyObjectKind.Folder => FolderComputed,
        PropertyObjectKind.Message => MessageComputed,
        PropertyObjectKind.Attachment => AttachmentComputed,
        _ => [],
    };

    public static PropertyValue? Computed(PropertyObject value, ushort propertyId) => (value.Kind, propertyId) switch
    {
        // [MS-OXCPRPT] 2.2.1.1: what the client may do with the object. The store has no permission
        // model, so every user has full rights; a message or attachment opened read-only cannot be modified.
        (PropertyObjectKind.Folder, PropertyIds.Access) => PropertyValue.Integer32(
            AccessModify | AccessRead | AccessDelete | AccessCreateHierarchyTable | AccessCreateContentsTable | AccessCreateAssociatedContentsTable),
        (PropertyObjectKind.Message or PropertyObjectKind.Attachment, PropertyIds.Access) => PropertyValue.Integer32(
            AccessRead | AccessDelete | (value.IsWritable ? AccessModify : 0)),

        // [MS-OXCPRPT] 2.2.1.2: 0 read-only, 1 modify; not for folders and logons.
        (PropertyObjectKind.Message or PropertyObjectKind.Attachment, PropertyIds.AccessLevel) => PropertyValue.Integer32(value.IsWritable ? 1 : 0),

        // [MS-OXCPRPT] 2.2.1.7: message 0x5, attachment 0x7; the property does not apply to folders and logons.
        (PropertyObjectKind.Message, PropertyIds.ObjectType) => PropertyValue.Integer32(ObjectTypeMessage),
        (PropertyObjectKind.Attachment, PropertyIds.ObjectType) => PropertyValue.Integer32(ObjectTypeAttachment),

        // [MS-OXCMSG] 2.2.1.7: the size the message takes on the server, read-only for the client.
        (PropertyObjectKind.Message, MessageSizeId) when value is MessageObject message =>
            PropertyValue.Integer32((int)Math.Min(int.MaxValue, MessageSizes.Of(message.Working))),

        // [MS-OXCDATA] 2.2.4.1, 2.2.4.2, 2.2.4.3: computed from the IDs, never stored.
        (PropertyObjectKind.Folder or PropertyObjectKind.Message, EntryIds.StoreEntryId) =>
            PropertyValue.Binary(EntryIds.Store(value.Logon.Store, value.Logon.Store.Server.Options.ServerDistinguishedName)),
        (PropertyObjectKind.Folder, EntryIds.EntryId) when value is FolderObject folder => Binary(EntryIds.Folder(value.Logon.Store, folder.Folder.Id)),

        // A message has an EntryID once it is saved in a folder: not before its first save, nor as an embedded message.
        (PropertyObjectKind.Message, EntryIds.EntryId) when value is MessageObject { Saved: { } saved, EmbeddingAttachment: null } message =>
            Binary(EntryIds.Message(value.Logon.Store, message.Folder.Id, saved.Id)),
        _ => null,
    };

    private static PropertyValue? Binary(byte[]? bytes) => bytes is null ? null : PropertyValue.Binary(bytes);
}
