namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopWriteStreamExtended response ([MS-OXCROPS] 2.2.9.4.2, [MS-OXCPRPT] 2.2.17.2). WrittenSize (4 bytes) follows every
/// ReturnValue, failures included: a short write reports an error and how much was written.
/// </summary>
public sealed record RopWriteStreamExtendedResponse : RopResponse, IRopResult, IRopResponseDecoder<RopWriteStreamExtendedResponse>
{
    public override RopId RopId => RopId.RopWriteStreamExtended;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public uint WrittenSize { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopWriteStreamExtended));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        var response = new RopWriteStreamExtendedResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            WrittenSize = reader.ReadUInt32(nameof(WrittenSize)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(WrittenSize);
    }
}
