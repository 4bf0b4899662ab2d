namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopUnlockRegionStream request ([MS-OXCROPS] 2.2.9.11.1, [MS-OXCPRPT] 2.2.25.1).</summary>
public sealed record RopUnlockRegionStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopUnlockRegionStreamRequest>
{
    public override RopId RopId => RopId.RopUnlockRegionStream;

    public byte InputHandleIndex { get; init; }

    /// <summary>Where the region to unlock starts, in bytes from the start of the stream.</summary>
    public ulong RegionOffset { get; init; }

    public ulong RegionSize { get; init; }

    /// <summary>The LockFlags the region was locked with ([MS-OXCPRPT] 2.2.25.1); a number, as in <see cref="RopLockRegionStreamRequest.LockFlags"/>.</summary>
    public uint LockFlags { get; init; }

    public static RopUnlockRegionStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopUnlockRegionStream));
        var request = new RopUnlockRegionStreamRequest
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
