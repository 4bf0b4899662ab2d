namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopDeleteProperties request ([MS-OXCROPS] 2.2.8.8.1, [MS-OXCPRPT] 2.2.7.1).</summary>
public sealed record RopDeletePropertiesRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopDeletePropertiesRequest>
{
    public override RopId RopId => RopId.RopDeleteProperties;

    public byte InputHandleIndex { get; init; }

    /// <summary>The properties to delete.</summary>
    public ValueArray<PropertyTag> PropertyTags { get; init; }

    public static RopDeletePropertiesRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopDeleteProperties));
        var request = new RopDeletePropertiesRequest
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
