namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopGetPropertiesAll success response ([MS-OXCROPS] 2.2.8.4.2, [MS-OXCPRPT] 2.2.3.2). A value too large for the
/// buffer or PropertySizeLimit arrives retyped as PtypErrorCode (NotEnoughMemory), which is still a tagged value.
/// </summary>
public sealed record RopGetPropertiesAllResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetPropertiesAllResponse>
{
    public override RopId RopId => RopId.RopGetPropertiesAll;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public ValueArray<TaggedPropertyValue> PropertyValues { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertiesAll));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetPropertiesAll);
        }

        int count = reader.ReadCount16("PropertyValueCount", PropertyTag.Size);
        var response = new RopGetPropertiesAllResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PropertyValues = TaggedPropertyValue.DecodeArray(ref reader, count, nameof(PropertyValues)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteCount16(PropertyValues.Count, "PropertyValueCount");
        TaggedPropertyValue.EncodeArray(writer, PropertyValues);
    }
}
