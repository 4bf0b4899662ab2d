namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>A property tag followed by a value of the tag's type ([MS-OXCDATA] 2.11.4).</summary>
public sealed record TaggedPropertyValue
{
    public TaggedPropertyValue(PropertyTag propertyTag, PropertyValue propertyValue)
    {
        if (propertyTag.PropertyType != propertyValue.Type)
        {
            throw new ArgumentException($"tag {propertyTag} is of {propertyTag.PropertyType}, the value of {propertyValue.Type}", nameof(propertyValue));
        }

        PropertyTag = propertyTag;
        PropertyValue = propertyValue;
    }

    public TaggedPropertyValue(ushort propertyId, PropertyValue propertyValue)
        : this(new PropertyTag(propertyId, propertyValue.Type), propertyValue)
    {
    }

    public PropertyTag PropertyTag { get; }

    public PropertyValue PropertyValue { get; }

    public static TaggedPropertyValue Decode(ref ProtocolReader reader, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        string outer = reader.Enter(nameof(TaggedPropertyValue));
        PropertyTag tag = PropertyTag.Decode(ref reader);
        var value = new TaggedPropertyValue(tag, PropertyValue.Decode(ref reader, tag.PropertyType, width));
        reader.Leave(outer);
        return value;
    }

    public void Encode(ProtocolWriter writer, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        PropertyTag.Encode(writer);
        PropertyValue.Encode(writer, width);
    }

    /// <summary>Decodes <paramref name="count"/> tagged values; each is at least a 4-byte tag.</summary>
    public static ValueArray<TaggedPropertyValue> DecodeArray(ref ProtocolReader reader, int count, string field, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        reader.CheckCount(count, PropertyTag.Size, field, reader.Offset);
        var values = new TaggedPropertyValue[count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Decode(ref reader, width);
        }

        return values;
    }

    public static void EncodeArray(ProtocolWriter writer, ValueArray<TaggedPropertyValue> values, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        foreach (TaggedPropertyValue value in values)
        {
            value.Encode(writer, width);
        }
    }

    public override string ToString() => $"{PropertyTag}={PropertyValue}";
}
