namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteStream request ([MS-OXCROPS] 2.2.9.3.1, [MS-OXCPRPT] 2.2.16.1).</summary>
public sealed record RopWriteStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopWriteStreamRequest>
{
    public override RopId RopId => RopId.RopWriteStream;

    public byte InputHandleIndex { get; init; }

    /// <summary>The bytes to write; DataSize on the wire is its length.</summary>
    public ValueArray<byte> Data { get; init; } = ValueArray<byte>.Empty;

    public static RopWriteStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopWriteStream));
        var request = new RopWriteStreamRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            Data = StreamData.Decode(ref reader),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        StreamData.Encode(writer, Data);
    }
}
