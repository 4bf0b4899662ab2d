namespace Conformance.Store.Model;

using Conformance.Protocol.Data;

/// <summary>
/// A message store: a private mailbox or the public folders ([MS-OXCSTOR] 1.3). It owns its folder
/// tree, allocates Folder and Message IDs on its own REPLID, and keeps its named-property mapping and
/// REPLID/REPLGUID map.
/// </summary>
public abstract class MessageStore
{
    private ulong nextGlobalCounter;

    protected MessageStore(StoreServer server, Guid replicaGuid, Guid mailboxGuid)
    {
        Server = server;
        ReplicaGuid = replicaGuid;
        MailboxGuid = mailboxGuid;
        Replicas = new ReplicaMap(LocalReplicaId, replicaGuid);

        // GLOBCNTs start away from zero so that an uninitialized ID is never a real one.
        nextGlobalCounter = 0x000000010000;
        Root = new FolderRecord(NewId(), null);
        Folders[Root.Id] = Root;
    }

    /// <summary>The REPLID of this store's own replica ([MS-OXCSTOR] 2.2.1.1.3 ReplId).</summary>
    public const ushort LocalReplicaId = 0x0001;

    public StoreServer Server { get; }

    public Guid ReplicaGuid { get; }

    public Guid MailboxGuid { get; }

    public ReplicaMap Replicas { get; }

    public abstract bool IsPrivate { get; }

    /// <summary>The properties of the store itself, read and set through the Logon object ([MS-OXCSTOR] 2.2.2).</summary>
    public PropertyBag Properties { get; } = new();

    public FolderRecord Root { get; }

    public Dictionary<ObjectId, FolderRecord> Folders { get; } = [];

    /// <summary>Every message of the store by Message ID, wherever it lives.</summary>
    public Dictionary<ObjectId, (FolderRecord Folder, MessageRecord Message)> Messages { get; } = [];

    public NamedPropertyMap NamedProperties { get; } = new();

    /// <summary>A new Folder or Message ID on this store's replica ([MS-OXCDATA] 2.2.1.1).</summary>
    public ObjectId NewId() => new(LocalReplicaId, nextGlobalCounter++);

    /// <summary>The next GLOBCNT without using it (for change numbers and the like).</summary>
    public ulong NextGlobalCounter() => nextGlobalCounter++;

    public FolderRecord CreateFolder(FolderRecord parent, string displayName)
    {
        var folder = new FolderRecord(NewId(), parent);
        folder.Properties.Set(PropertyIds.DisplayName, PropertyValue.String(displayName));
        parent.Children.Add(folder);
        Folders[folder.Id] = folder;
        return folder;
    }
}
