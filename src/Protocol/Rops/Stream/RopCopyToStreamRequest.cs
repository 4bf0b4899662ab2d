namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopCopyToStream request ([MS-OXCROPS] 2.2.9.9.1, [MS-OXCPRPT] 2.2.22.1): copies from the source stream to the destination stream.</summary>
public sealed record RopCopyToStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopCopyToStreamRequest>
{
    public override RopId RopId => RopId.RopCopyToStream;

    public byte SourceHandleIndex { get; init; }

    public byte DestHandleIndex { get; init; }

    public ulong ByteCount { get; init; }

    /// <summary>The source stream is the object the ROP acts on.</summary>
    byte IRopInputHandle.InputHandleIndex => SourceHandleIndex;

    public static RopCopyToStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCopyToStream));
        var request = new RopCopyToStreamRequest
        {
            LogonId = logonId,
            SourceHandleIndex = reader.ReadByte(nameof(SourceHandleIndex)),
            DestHandleIndex = reader.ReadByte(nameof(DestHandleIndex)),
            ByteCount = reader.ReadUInt64(nameof(ByteCount)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(SourceHandleIndex);
        writer.WriteByte(DestHandleIndex);
        writer.WriteUInt64(ByteCount);
    }
}
