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
    public const int Count = 13;

    public const int Size = Count * ObjectId.Size;

    public static PrivateMailboxFolderIds Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter("FolderIds");
        var ids = new PrivateMailboxFolderIds(
            ObjectId.Decode(ref reader, nameof(MailboxRoot)),
            ObjectId.Decode(ref reader, nameof(DeferredAction)),
            ObjectId.Decode(ref reader, nameof(SpoolerQueue)),
            ObjectId.Decode(ref reader, nameof(InterpersonalMessagesSubtree)),
            ObjectId.Decode(ref reader, nameof(Inbox)),
            ObjectId.Decode(ref reader, nameof(Outbox)),
            ObjectId.Decode(ref reader, nameof(SentItems)),
            ObjectId.Decode(ref reader, nameof(DeletedItems)),
            ObjectId.Decode(ref reader, nameof(CommonViews)),
            ObjectId.Decode(ref reader, nameof(Schedule)),
            ObjectId.Decode(ref reader, nameof(Search)),
            ObjectId.Decode(ref reader, nameof(Views)),
            ObjectId.Decode(ref reader, nameof(Shortcuts)));
        reader.Leave(outer);
        return ids;
    }

    public void Encode(ProtocolWriter writer)
    {
        foreach (ObjectId id in ToArray())
        {
            id.Encode(writer);
        }
    }

    /// <summary>The IDs in wire order.</summary>
    public ObjectId[] ToArray() =>
        [MailboxRoot, DeferredAction, SpoolerQueue, InterpersonalMessagesSubtree, Inbox, Outbox, SentItems, DeletedItems, CommonViews, Schedule, Search, Views, Shortcuts];
}
