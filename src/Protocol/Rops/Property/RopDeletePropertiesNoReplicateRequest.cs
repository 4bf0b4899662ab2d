namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopDeletePropertiesNoReplicate request ([MS-OXCROPS] 2.2.8.9.1, [MS-OXCPRPT] 2.2.8.1).</summary>
public sealed record RopDeletePropertiesNoReplicateRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopDeletePropertiesNoReplicateRequest>
{
    public override RopId RopId => RopId.RopDeletePropertiesNoReplicate;

    public byte InputHandleIndex { get; init; }

    /// <summary>The properties to delete.</summary>
    public ValueArray<PropertyTag> PropertyTags { get; init; }

    public static RopDeletePropertiesNoReplicateRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopDeletePropertiesNoReplicate));
        var request = new RopDeletePropertiesNoReplicateRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            PropertyTags = PropertyArrays.DecodeTags(ref reader, "PropertyTagCount", nameof(PropertyTags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        PropertyArrays.EncodeTags(writer, PropertyTags, "PropertyTagCount");
    }
}
