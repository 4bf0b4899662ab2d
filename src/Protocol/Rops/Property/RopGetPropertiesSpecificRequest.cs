namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopGetPropertiesSpecific request ([MS-OXCROPS] 2.2.8.3.1, [MS-OXCPRPT] 2.2.2.1).</summary>
public sealed record RopGetPropertiesSpecificRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetPropertiesSpecificRequest>
{
    public override RopId RopId => RopId.RopGetPropertiesSpecific;

    public byte InputHandleIndex { get; init; }

    /// <summary>Largest value size wanted; 0 means only the response buffer limits it. Servers should ignore it ([MS-OXCPRPT] 3.2.5.1).</summary>
    public ushort PropertySizeLimit { get; init; }

    /// <summary>A two-byte Boolean: PtypUnspecified strings come back as PtypString when set. Any nonzero value reads as TRUE; TRUE is written as 0x0001.</summary>
    public bool WantUnicode { get; init; }

    /// <summary>The properties asked for, in the order RowData answers them; a PtypUnspecified tag lets the server choose the type.</summary>
    public ValueArray<PropertyTag> PropertyTags { get; init; }

    public static RopGetPropertiesSpecificRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertiesSpecific));
        var request = new RopGetPropertiesSpecificRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            PropertySizeLimit = reader.ReadUInt16(nameof(PropertySizeLimit)),
            WantUnicode = reader.ReadUInt16(nameof(WantUnicode)) != 0,
            PropertyTags = PropertyArrays.DecodeTags(ref reader, "PropertyTagCount", nameof(PropertyTags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt16(PropertySizeLimit);
        writer.WriteUInt16(WantUnicode ? (ushort)1 : (ushort)0);
        PropertyArrays.EncodeTags(writer, PropertyTags, "PropertyTagCount");
    }
}
