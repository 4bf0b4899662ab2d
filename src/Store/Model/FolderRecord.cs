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

    /// <summary>
    /// Where a public folder's content is served ([MS-OXCSTOR] 3.2.5.6, 3.2.5.7): null when this server holds
    /// an active replica (not ghosted). Otherwise the folder is ghosted here and the list holds the ESSDNs of
    /// the servers with an active replica, cheapest first; an empty list means no active replica anywhere
    /// (still ghosted: RopOpenFolder answers IsGhosted TRUE with no servers, RopGetOwningServers and
    /// RopPublicFolderIsGhosted fail with ecNoReplicaAvailable, which the client reads as ghosted).
    /// </summary>
    public IReadOnlyList<string>? GhostReplicaServers { get; set; }
}
