namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteStreamExtended request ([MS-OXCROPS] 2.2.9.4.1, [MS-OXCPRPT] 2.2.17.1).</summary>
public sealed record RopWriteStreamExtendedRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopWriteStreamExtendedRequest>
{
    public override RopId RopId => RopId.RopWriteStreamExtended;

    public byte InputHandleIndex { get; init; }

    /// <summary>The bytes to write; DataSize on the wire is its length.</summary>
    public ValueArray<byte> Data { get; init; } = ValueArray<byte>.Empty;

    public static RopWriteStreamExtendedRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopWriteStreamExtended));
        var request = new RopWriteStreamExtendedRequest
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
