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

    public int Count => guids.Count;

    /// <summary>Every REPLID and its REPLGUID, in REPLID order ([MS-OXCSTOR] 2.2.2.1.1.13).</summary>
    public IEnumerable<(ushort ReplicaId, Guid ReplicaGuid)> All => guids.OrderBy(p => p.Key).Select(p => (p.Key, p.Value));

    /// <summary>
    /// The REPLID of <paramref name="replicaGuid"/>, registering a new one when it has none and the table
    /// holds fewer than <paramref name="limit"/> entries ([MS-OXCSTOR] 3.2.5.9). False when it is full.
    /// </summary>
    public bool TryGetOrAdd(Guid replicaGuid, int limit, out ushort replicaId)
    {
        if (ids.TryGetValue(replicaGuid, out replicaId))
        {
            return true;
        }

        // REPLIDs are never 0 ([MS-OXCSTOR] 3.2.5.8) and at most 0x7FFF + 1 of them exist.
        ushort next = (ushort)(guids.Keys.Max() + 1);
        if (guids.Count >= Math.Min(limit, 0x8000) || next == 0 || guids.ContainsKey(next))
        {
            return false;
        }

        Add(next, replicaGuid);
        replicaId = next;
        return true;
    }

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
