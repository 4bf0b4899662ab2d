namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopSeekStream success response ([MS-OXCROPS] 2.2.9.8.2, [MS-OXCPRPT] 2.2.21.2); a failure carries no NewPosition.</summary>
public sealed record RopSeekStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSeekStreamResponse>
{
    public override RopId RopId => RopId.RopSeekStream;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The seek pointer after the move, from the start of the stream.</summary>
    public ulong NewPosition { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSeekStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopSeekStream);
        }

        var response = new RopSeekStreamResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            NewPosition = reader.ReadUInt64(nameof(NewPosition)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt64(NewPosition);
    }
}
