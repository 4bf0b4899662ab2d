namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>A property type followed by a value of that type ([MS-OXCDATA] 2.11.3).</summary>
public sealed record TypedPropertyValue(PropertyValue PropertyValue)
{
    public PropertyType PropertyType => PropertyValue.Type;

    public static TypedPropertyValue Decode(ref ProtocolReader reader, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        string outer = reader.Enter(nameof(TypedPropertyValue));
        var type = (PropertyType)reader.ReadUInt16("PropertyType");
        var value = new TypedPropertyValue(PropertyValue.Decode(ref reader, type, width));
        reader.Leave(outer);
        return value;
    }

    public void Encode(ProtocolWriter writer, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        writer.WriteUInt16((ushort)PropertyValue.Type);
        PropertyValue.Encode(writer, width);
    }
}
