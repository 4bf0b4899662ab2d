namespace Conformance.Store.Model;

/// <summary>
/// A row of the per-user data table ([MS-OXCSTOR] 3.2.1): the read/unread change number set of one
/// public folder, serialized as an IDSET with REPLGUIDs, and, in a private mailbox, the REPLGUID of
/// the public database the data came from.
/// </summary>
public sealed class PerUserRecord(Guid replicaGuid, byte[] data, ulong lastModificationTime, long version)
{
    /// <summary>The public database the data was obtained from (private mailbox rows only; Guid.Empty in the public store).</summary>
    public Guid ReplicaGuid { get; } = replicaGuid;

    public byte[] Data { get; } = data;

    /// <summary>When the row was last written, as a UTC FILETIME ([MS-OXCSTOR] 3.2.5.13.1).</summary>
    public ulong LastModificationTime { get; } = lastModificationTime;

    /// <summary>A number that changes with every write, so a reader can tell unchanged data ([MS-OXCSTOR] 2.2.1.12.2).</summary>
    public long Version { get; } = version;
}

/// <summary>A public folder in the per-user data table: the REPLGUID and GLOBCNT of its LongTermID (the pad is not part of the identity).</summary>
public readonly record struct PerUserFolderKey(Guid DatabaseGuid, ulong GlobalCounter)
{
    public static PerUserFolderKey Of(Conformance.Protocol.Data.LongTermId id) => new(id.DatabaseGuid, id.GlobalCounter);

    public Conformance.Protocol.Data.LongTermId ToLongTermId() => new(DatabaseGuid, GlobalCounter);
}
