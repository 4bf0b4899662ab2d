namespace Conformance.Store.Model;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>The public folders store ([MS-OXCSTOR] 1.3.2) with the folders a public logon returns ([MS-OXCSTOR] 2.2.1.1.4).</summary>
public sealed class PublicFolderStore : MessageStore
{
    public PublicFolderStore(StoreServer server, Guid replicaGuid, Guid perUserGuid)
        : base(server, replicaGuid, replicaGuid)
    {
        PerUserGuid = perUserGuid;
        FolderRecord ipmSubtree = CreateFolder(Root, "IPM_SUBTREE");
        FolderRecord nonIpmSubtree = CreateFolder(Root, "NON_IPM_SUBTREE");
        FolderRecord eformsRegistry = CreateFolder(nonIpmSubtree, "EFORMS REGISTRY");
        FolderRecord freeBusy = CreateFolder(nonIpmSubtree, "SCHEDULE+ FREE BUSY");
        FolderRecord offlineAddressBook = CreateFolder(nonIpmSubtree, "OFFLINE ADDRESS BOOK");
        FolderRecord localeEforms = CreateFolder(eformsRegistry, "Organization Forms");
        FolderRecord localFreeBusy = CreateFolder(freeBusy, "EX:/o=Conformance/ou=Site");
        FolderRecord localOfflineAddressBook = CreateFolder(offlineAddressBook, "/o=Conformance/cn=addrlists/cn=oabs/cn=Default Offline Address Book");
        FolderRecord nntp = CreateFolder(nonIpmSubtree, "NNTP Article Index");
        ObjectId none = default;
        SpecialFolders = new PublicFoldersFolderIds(
            Root.Id, ipmSubtree.Id, nonIpmSubtree.Id, eformsRegistry.Id, freeBusy.Id, offlineAddressBook.Id,
            localeEforms.Id, localFreeBusy.Id, localOfflineAddressBook.Id, nntp.Id, none, none, none);
    }

    public override bool IsPrivate => false;

    public PublicFoldersFolderIds SpecialFolders { get; }

    /// <summary>The GUID a public logon returns as PerUserGuid ([MS-OXCSTOR] 2.2.1.1.4).</summary>
    public Guid PerUserGuid { get; }

    /// <summary>Set through <see cref="Adapters.IServerControl"/>: without a container, public logons fail.</summary>
    public bool ContainerPresent { get; set; } = true;

    /// <summary>The per-user data table of the public store: read/unread data by user and folder ([MS-OXCSTOR] 3.2.1, 3.2.5.13.3).</summary>
    public Dictionary<(string UserName, PerUserFolderKey Folder), PerUserRecord> PerUserData { get; } = [];

    /// <summary>Counts per-user writes so each row version is distinct ([MS-OXCSTOR] 2.2.1.12.2).</summary>
    public long PerUserVersion { get; set; }
}
