namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopWriteStream response ([MS-OXCROPS] 2.2.9.3.2, [MS-OXCPRPT] 2.2.16.2). WrittenSize (2 bytes) follows every
/// ReturnValue, failures included: a short write reports an error and how much was written.
/// </summary>
public sealed record RopWriteStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopWriteStreamResponse>
{
    public override RopId RopId => RopId.RopWriteStream;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public ushort WrittenSize { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopWriteStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        var response = new RopWriteStreamResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            WrittenSize = reader.ReadUInt16(nameof(WrittenSize)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt16(WrittenSize);
    }
}
