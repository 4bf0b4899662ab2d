namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopIdFromLongTermId request ([MS-OXCROPS] 2.2.3.9.1, [MS-OXCSTOR] 2.2.1.9.1).</summary>
public sealed record RopIdFromLongTermIdRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopIdFromLongTermIdRequest>
{
    public override RopId RopId => RopId.RopIdFromLongTermId;

    public byte InputHandleIndex { get; init; }

    public LongTermId LongTermId { get; init; }

    public static RopIdFromLongTermIdRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopIdFromLongTermId));
        var request = new RopIdFromLongTermIdRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            LongTermId = LongTermId.Decode(ref reader),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        LongTermId.Encode(writer);
    }
}
