namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopGetStreamSize success response ([MS-OXCROPS] 2.2.9.6.2, [MS-OXCPRPT] 2.2.19.2); a failure carries no StreamSize.</summary>
public sealed record RopGetStreamSizeResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetStreamSizeResponse>
{
    public override RopId RopId => RopId.RopGetStreamSize;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public uint StreamSize { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetStreamSize));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetStreamSize);
        }

        var response = new RopGetStreamSizeResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            StreamSize = reader.ReadUInt32(nameof(StreamSize)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(StreamSize);
    }
}
