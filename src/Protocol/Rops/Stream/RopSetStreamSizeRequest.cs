namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopSetStreamSize request ([MS-OXCROPS] 2.2.9.7.1, [MS-OXCPRPT] 2.2.20.1).</summary>
public sealed record RopSetStreamSizeRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSetStreamSizeRequest>
{
    public override RopId RopId => RopId.RopSetStreamSize;

    public byte InputHandleIndex { get; init; }

    /// <summary>8 bytes on the wire although a stream holds at most 2^31 bytes; larger values are the server's to reject.</summary>
    public ulong StreamSize { get; init; }

    public static RopSetStreamSizeRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSetStreamSize));
        var request = new RopSetStreamSizeRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            StreamSize = reader.ReadUInt64(nameof(StreamSize)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt64(StreamSize);
    }
}
