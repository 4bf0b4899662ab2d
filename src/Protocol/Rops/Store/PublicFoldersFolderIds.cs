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
    public const int Count = LogonFolderIds.Count;

    public const int Size = LogonFolderIds.Size;

    /// <summary>The field names, in the wire order of <see cref="ToArray"/>.</summary>
    private static readonly string[] Fields =
    [
        nameof(PublicFoldersRoot), nameof(InterpersonalMessagesSubtree), nameof(NonInterpersonalMessagesSubtree),
        nameof(EFormsRegistry), nameof(FreeBusyData), nameof(OfflineAddressBookData), nameof(LocaleEFormsRegistry),
        nameof(LocalSiteFreeBusyData), nameof(LocalSiteOfflineAddressBookData), nameof(NntpArticleIndex),
        nameof(Empty1), nameof(Empty2), nameof(Empty3),
    ];

    public static PublicFoldersFolderIds Decode(ref ProtocolReader reader)
    {
        ObjectId[] ids = LogonFolderIds.Decode(ref reader, Fields);
        return new(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], ids[9], ids[10], ids[11], ids[12]);
    }

    public void Encode(ProtocolWriter writer) => LogonFolderIds.Encode(writer, ToArray());

    /// <summary>The IDs in wire order.</summary>
    public ObjectId[] ToArray() =>
    [
        PublicFoldersRoot, InterpersonalMessagesSubtree, NonInterpersonalMessagesSubtree, EFormsRegistry, FreeBusyData,
        OfflineAddressBookData, LocaleEFormsRegistry, LocalSiteFreeBusyData, LocalSiteOfflineAddressBookData,
        NntpArticleIndex, Empty1, Empty2, Empty3,
    ];
}
