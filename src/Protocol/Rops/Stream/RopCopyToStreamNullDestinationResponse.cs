namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopCopyToStream response when the destination object does not exist ([MS-OXCROPS] 2.2.9.9.2,
/// [MS-OXCPRPT] 2.2.22.2): ReturnValue NullDestinationObject, then DestHandleIndex (4 bytes), then the
/// two counts, whose values are then undefined but still on the wire.
/// </summary>
public sealed record RopCopyToStreamNullDestinationResponse : RopResponse, IRopResult
{
    /// <summary>NullDestinationObject ([MS-OXCPRPT] 3.2.5.19), the only ReturnValue with this layout.</summary>
    public const uint NullDestinationObject = 0x00000503;

    public override RopId RopId => RopId.RopCopyToStream;

    public byte SourceHandleIndex { get; init; }

    public uint ReturnValue => NullDestinationObject;

    /// <summary>The request's DestHandleIndex, widened to 4 bytes in this layout.</summary>
    public uint DestHandleIndex { get; init; }

    public ulong ReadByteCount { get; init; }

    public ulong WrittenByteCount { get; init; }

    byte IRopResult.HandleIndex => SourceHandleIndex;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(SourceHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(DestHandleIndex);
        writer.WriteUInt64(ReadByteCount);
        writer.WriteUInt64(WrittenByteCount);
    }
}
