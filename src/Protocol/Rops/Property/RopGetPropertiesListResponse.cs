namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopGetPropertiesList success response ([MS-OXCROPS] 2.2.8.5.2, [MS-OXCPRPT] 2.2.4.2).</summary>
public sealed record RopGetPropertiesListResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetPropertiesListResponse>
{
    public override RopId RopId => RopId.RopGetPropertiesList;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>A tag for each property set on the object.</summary>
    public ValueArray<PropertyTag> PropertyTags { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertiesList));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetPropertiesList);
        }

        var response = new RopGetPropertiesListResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PropertyTags = PropertyArrays.DecodeTags(ref reader, "PropertyTagCount", nameof(PropertyTags)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        PropertyArrays.EncodeTags(writer, PropertyTags, "PropertyTagCount");
    }
}
