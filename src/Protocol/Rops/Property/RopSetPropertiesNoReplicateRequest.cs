namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopSetPropertiesNoReplicate request ([MS-OXCROPS] 2.2.8.7.1, [MS-OXCPRPT] 2.2.6.1). PropertyValueSize is not kept: it is the size of
/// PropertyValueCount and PropertyValues, checked against them on decode and computed on encode.
/// </summary>
public sealed record RopSetPropertiesNoReplicateRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSetPropertiesNoReplicateRequest>
{
    public override RopId RopId => RopId.RopSetPropertiesNoReplicate;

    public byte InputHandleIndex { get; init; }

    /// <summary>The properties to set, each a tag and a value of the tag's type.</summary>
    public ValueArray<TaggedPropertyValue> PropertyValues { get; init; }

    public static RopSetPropertiesNoReplicateRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSetPropertiesNoReplicate));
        var request = new RopSetPropertiesNoReplicateRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            PropertyValues = PropertyArrays.DecodeSizedValues(ref reader),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        PropertyArrays.EncodeSizedValues(writer, PropertyValues);
    }
}
