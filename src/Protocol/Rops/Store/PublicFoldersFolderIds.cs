namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The 13 Folder IDs of a public folders logon, in wire order ([MS-OXCSTOR] 2.2.1.1.4, [MS-OXCROPS] 2.2.3.1.3).
/// The last three slots are listed as empty by the specification and are kept as sent.
/// </summary>
public sealed record PublicFoldersFolderIds(
    ObjectId PublicFoldersRoot,
    ObjectId InterpersonalMessagesSubtree,
    ObjectId NonInterpersonalMessagesSubtree,
    ObjectId EFormsRegistry,
    ObjectId FreeBusyData,
    ObjectId OfflineAddressBookData,
    ObjectId LocaleEFormsRegistry,
    ObjectId LocalSiteFreeBusyData,
    ObjectId LocalSiteOfflineAddressBookData,
    ObjectId NntpArticleIndex,
    ObjectId Empty1,
    ObjectId Empty2,
    ObjectId Empty3)
{
    public const int Count = 13;

    public const int Size = Count * ObjectId.Size;

    public static PublicFoldersFolderIds Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter("FolderIds");
        var ids = new PublicFoldersFolderIds(
            ObjectId.Decode(ref reader, nameof(PublicFoldersRoot)),
            ObjectId.Decode(ref reader, nameof(InterpersonalMessagesSubtree)),
            ObjectId.Decode(ref reader, nameof(NonInterpersonalMessagesSubtree)),
            ObjectId.Decode(ref reader, nameof(EFormsRegistry)),
            ObjectId.Decode(ref reader, nameof(FreeBusyData)),
            ObjectId.Decode(ref reader, nameof(OfflineAddressBookData)),
            ObjectId.Decode(ref reader, nameof(LocaleEFormsRegistry)),
            ObjectId.Decode(ref reader, nameof(LocalSiteFreeBusyData)),
            ObjectId.Decode(ref reader, nameof(LocalSiteOfflineAddressBookData)),
            ObjectId.Decode(ref reader, nameof(NntpArticleIndex)),
            ObjectId.Decode(ref reader, nameof(Empty1)),
            ObjectId.Decode(ref reader, nameof(Empty2)),
            ObjectId.Decode(ref reader, nameof(Empty3)));
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
    [
        PublicFoldersRoot, InterpersonalMessagesSubtree, NonInterpersonalMessagesSubtree, EFormsRegistry, FreeBusyData,
        OfflineAddressBookData, LocaleEFormsRegistry, LocalSiteFreeBusyData, LocalSiteOfflineAddressBookData,
        NntpArticleIndex, Empty1, Empty2, Empty3,
    ];
}
