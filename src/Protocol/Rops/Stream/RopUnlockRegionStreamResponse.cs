namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopUnlockRegionStream success response ([MS-OXCROPS] 2.2.9.11.2, [MS-OXCPRPT] 2.2.25.2): InputHandleIndex and ReturnValue only.</summary>
public sealed record RopUnlockRegionStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopUnlockRegionStreamResponse>
{
    public override RopId RopId => RopId.RopUnlockRegionStream;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopUnlockRegionStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopUnlockRegionStreamResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopUnlockRegionStream);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
