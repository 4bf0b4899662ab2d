namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopLongTermIdFromId success response ([MS-OXCROPS] 2.2.3.8.2, [MS-OXCSTOR] 2.2.1.8.2).</summary>
public sealed record RopLongTermIdFromIdResponse : RopResponse, IRopResult, IRopResponseDecoder<RopLongTermIdFromIdResponse>
{
    public override RopId RopId => RopId.RopLongTermIdFromId;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public LongTermId LongTermId { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopLongTermIdFromId));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopLongTermIdFromId);
        }

        var response = new RopLongTermIdFromIdResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            LongTermId = LongTermId.Decode(ref reader),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        LongTermId.Encode(writer);
    }
}
