namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopLockRegionStream request ([MS-OXCROPS] 2.2.9.10.1, [MS-OXCPRPT] 2.2.24.1).</summary>
public sealed record RopLockRegionStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopLockRegionStreamRequest>
{
    public override RopId RopId => RopId.RopLockRegionStream;

    public byte InputHandleIndex { get; init; }

    /// <summary>Where the region to lock starts, in bytes from the start of the stream.</summary>
    public ulong RegionOffset { get; init; }

    public ulong RegionSize { get; init; }

    /// <summary>
    /// 0x00000001 lets other sessions read the region but not write it; any other value bars both
    /// ([MS-OXCPRPT] 2.2.24.1). The specification names neither case, and every value is valid, so it stays a number.
    /// </summary>
    public uint LockFlags { get; init; }

    public static RopLockRegionStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopLockRegionStream));
        var request = new RopLockRegionStreamRequest
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

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt64(RegionOffset);
        writer.WriteUInt64(RegionSize);
        writer.WriteUInt32(LockFlags);
    }
}
