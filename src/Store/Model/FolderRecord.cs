namespace Conformance.Store.Model;

using Conformance.Protocol.Data;

/// <summary>A stored folder. Folder changes take effect at once ([MS-OXCPRPT] 3.2.5.4): there is no working copy.</summary>
public sealed class FolderRecord : StoreObjectRecord
{
    public FolderRecord(ObjectId id, FolderRecord? parent)
    {
        Id = id;
        Parent = parent;
    }

    public ObjectId Id { get; }

    public FolderRecord? Parent { get; set; }

    public List<FolderRecord> Children { get; } = [];

    /// <summary>Messages by Message ID (normal and associated).</summary>
    public SortedDictionary<ObjectId, MessageRecord> Messages { get; } = [];

    public bool IsDeleted { get; set; }

    /// <summary>A public folder with no replica here ([MS-OXCSTOR] 3.2.5.8); the servers that hold one.</summary>
    public IReadOnlyList<string>? GhostReplicaServers { get; set; }
}
