namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopReadStream response ([MS-OXCROPS] 2.2.9.2.2, [MS-OXCPRPT] 2.2.15.2). DataSize and Data follow
/// every ReturnValue, failures included ([MS-OXCPRPT] 3.2.5.12 has a failing server send DataSize 0).
/// </summary>
public sealed record RopReadStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopReadStreamResponse>
{
    public override RopId RopId => RopId.RopReadStream;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The bytes read; DataSize on the wire is its length.</summary>
    public ValueArray<byte> Data { get; init; } = ValueArray<byte>.Empty;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopReadStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        var response = new RopReadStreamResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            Data = StreamData.Decode(ref reader),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        StreamData.Encode(writer, Data);
    }
}
