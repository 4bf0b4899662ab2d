namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopCommitStream success response ([MS-OXCROPS] 2.2.9.5.2, [MS-OXCPRPT] 2.2.18.2): InputHandleIndex and ReturnValue only.</summary>
public sealed record RopCommitStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopCommitStreamResponse>
{
    public override RopId RopId => RopId.RopCommitStream;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopCommitStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopCommitStreamResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopCommitStream);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
