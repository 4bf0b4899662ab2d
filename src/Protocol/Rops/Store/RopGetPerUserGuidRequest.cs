namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopGetPerUserGuid request ([MS-OXCROPS] 2.2.3.11.1, [MS-OXCSTOR] 2.2.1.11.1).</summary>
public sealed record RopGetPerUserGuidRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetPerUserGuidRequest>
{
    public override RopId RopId => RopId.RopGetPerUserGuid;

    public byte InputHandleIndex { get; init; }

    public LongTermId LongTermId { get; init; }

    public static RopGetPerUserGuidRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPerUserGuid));
        var request = new RopGetPerUserGuidRequest
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
