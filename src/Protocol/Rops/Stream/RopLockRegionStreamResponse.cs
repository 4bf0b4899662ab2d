namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopLockRegionStream success response ([MS-OXCROPS] 2.2.9.10.2, [MS-OXCPRPT] 2.2.24.2): InputHandleIndex and ReturnValue only.</summary>
public sealed record RopLockRegionStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopLockRegionStreamResponse>
{
    public override RopId RopId => RopId.RopLockRegionStream;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopLockRegionStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopLockRegionStreamResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopLockRegionStream);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
