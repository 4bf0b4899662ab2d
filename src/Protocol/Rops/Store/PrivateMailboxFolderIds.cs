namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>The 13 Folder IDs of a private mailbox logon, in wire order ([MS-OXCSTOR] 2.2.1.1.3, [MS-OXCROPS] 2.2.3.1.2).</summary>
public sealed record PrivateMailboxFolderIds(
    ObjectId MailboxRoot,
    ObjectId DeferredAction,
    ObjectId SpoolerQueue,
    ObjectId InterpersonalMessagesSubtree,
    ObjectId Inbox,
    ObjectId Outbox,
    ObjectId SentItems,
    ObjectId DeletedItems,
    ObjectId CommonViews,
    ObjectId Schedule,
    ObjectId Search,
    ObjectId Views,
    ObjectId Shortcuts)
{
    public const int Count = LogonFolderIds.Count;

    public const int Size = LogonFolderIds.Size;

    /// <summary>The field names, in the wire order of <see cref="ToArray"/>.</summary>
    private static readonly string[] Fields =
    [
        nameof(MailboxRoot), nameof(DeferredAction), nameof(SpoolerQueue), nameof(InterpersonalMessagesSubtree), nameof(Inbox),
        nameof(Outbox), nameof(SentItems), nameof(DeletedItems), nameof(CommonViews), nameof(Schedule), nameof(Search),
        nameof(Views), nameof(Shortcuts),
    ];

    public static PrivateMailboxFolderIds Decode(ref ProtocolReader reader)
    {
        ObjectId[] ids = LogonFolderIds.Decode(ref reader, Fields);
        return new(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], ids[9], ids[10], ids[11], ids[12]);
    }

    public void Encode(ProtocolWriter writer) => LogonFolderIds.Encode(writer, ToArray());

    /// <summary>The IDs in wire order.</summary>
    public ObjectId[] ToArray() =>
        [MailboxRoot, DeferredAction, SpoolerQueue, InterpersonalMessagesSubtree, Inbox, Outbox, SentItems, DeletedItems, CommonViews, Schedule, Search, Views, Shortcuts];
}
