namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopOpenStream success response ([MS-OXCROPS] 2.2.9.1.2, [MS-OXCPRPT] 2.2.14.2); a failure carries no StreamSize.</summary>
public sealed record RopOpenStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopOpenStreamResponse>
{
    public override RopId RopId => RopId.RopOpenStream;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public uint StreamSize { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopOpenStream);
        }

        var response = new RopOpenStreamResponse
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            StreamSize = reader.ReadUInt32(nameof(StreamSize)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(StreamSize);
    }
}
