namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopLockRegionStream and RopUnlockRegionStream ([MS-OXCROPS] 2.2.9.10.1, 2.2.9.11.1;
/// [MS-OXCPRPT] 2.2.24.1, 2.2.25.1): InputHandleIndex, RegionOffset (8 bytes), RegionSize (8 bytes), LockFlags (4 bytes).
/// </summary>
public abstract record StreamRegionRequest : RopRequest, IRopInputHandle
{
    public byte InputHandleIndex { get; init; }

    /// <summary>Where the region starts, in bytes from the start of the stream.</summary>
    public ulong RegionOffset { get; init; }

    public ulong RegionSize { get; init; }

    /// <summary>
    /// On a lock, 0x00000001 lets other sessions read the region but not write it and any other value bars
    /// both ([MS-OXCPRPT] 2.2.24.1); on an unlock, the LockFlags the region was locked with ([MS-OXCPRPT]
    /// 2.2.25.1). The specification names neither case, and every value is valid, so it stays a number.
    /// </summary>
    public uint LockFlags { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt64(RegionOffset);
        writer.WriteUInt64(RegionSize);
        writer.WriteUInt32(LockFlags);
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : StreamRegionRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            RegionOffset = reader.ReadUInt64(nameof(RegionOffset)),
            RegionSize = reader.ReadUInt64(nameof(RegionSize)),
            LockFlags = reader.ReadUInt32(nameof(LockFlags)),
        };
        reader.Leave(outer);
        return request;
    }
}
