namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteAndCommitStream request ([MS-OXCROPS] 2.2.9.12.1, [MS-OXCPRPT] 2.2.26.1).</summary>
public sealed record RopWriteAndCommitStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopWriteAndCommitStreamRequest>
{
    public override RopId RopId => RopId.RopWriteAndCommitStream;

    public byte InputHandleIndex { get; init; }

    /// <summary>The bytes to write; DataSize on the wire is its length.</summary>
    public ValueArray<byte> Data { get; init; } = ValueArray<byte>.Empty;

    public static RopWriteAndCommitStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopWriteAndCommitStream));
        var request = new RopWriteAndCommitStreamRequest
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
