namespace Conformance.Store.Model;

/// <summary>
/// The REPLID <-> REPLGUID mapping of one store ([MS-OXCSTOR] 3.2.5.9, 3.2.5.10): REPLIDs are the
/// short form of REPLGUIDs used in Folder and Message IDs.
/// </summary>
public sealed class ReplicaMap
{
    private readonly Dictionary<ushort, Guid> guids = [];
    private readonly Dictionary<Guid, ushort> ids = [];

    public ReplicaMap(ushort localReplicaId, Guid localReplicaGuid) => Add(localReplicaId, localReplicaGuid);

    public bool TryGetGuid(ushort replicaId, out Guid replicaGuid) => guids.TryGetValue(replicaId, out replicaGuid);

    public bool TryGetId(Guid replicaGuid, out ushort replicaId) => ids.TryGetValue(replicaGuid, out replicaId);

    /// <summary>The REPLID of <paramref name="replicaGuid"/>, assigning the next free one when it has none.</summary>
    public ushort GetOrAdd(Guid replicaGuid)
    {
        if (ids.TryGetValue(replicaGuid, out ushort existing))
        {
            return existing;
        }

        ushort next = (ushort)(guids.Keys.Max() + 1);
        Add(next, replicaGuid);
        return next;
    }

    private void Add(ushort replicaId, Guid replicaGuid)
    {
        guids[replicaId] = replicaGuid;
        ids[replicaGuid] = replicaId;
    }
}
