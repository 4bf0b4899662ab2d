namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopSetStreamSize success response ([MS-OXCROPS] 2.2.9.7.2, [MS-OXCPRPT] 2.2.20.2): InputHandleIndex and ReturnValue only.</summary>
public sealed record RopSetStreamSizeResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSetStreamSizeResponse>
{
    public override RopId RopId => RopId.RopSetStreamSize;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSetStreamSize));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopSetStreamSizeResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopSetStreamSize);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
