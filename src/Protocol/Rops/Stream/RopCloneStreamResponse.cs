namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopCloneStream success response ([MS-OXCROPS] 2.2.9.13.2, [MS-OXCPRPT] 2.2.27.2): OutputHandleIndex and ReturnValue only.</summary>
public sealed record RopCloneStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopCloneStreamResponse>
{
    public override RopId RopId => RopId.RopCloneStream;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopCloneStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopCloneStreamResponse { OutputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopCloneStream);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
