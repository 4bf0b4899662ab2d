namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>A property tag ([MS-OXCDATA] 2.9): the type in bits 0-15, the property ID in bits 16-31.</summary>
public readonly record struct PropertyTag(ushort PropertyId, PropertyType PropertyType)
{
    public const int Size = 4;

    public PropertyTag(uint value)
        : this((ushort)(value >> 16), (PropertyType)(ushort)value)
    {
    }

    public uint Value => ((uint)PropertyId << 16) | (ushort)PropertyType;

    /// <summary>Named properties live in 0x8000-0xFFFE ([MS-OXCPRPT] 2.2.12, [MS-OXPROPS] 1.3.2).</summary>
    public bool IsNamed => PropertyId >= 0x8000;

    public PropertyTag WithType(PropertyType type) => new(PropertyId, type);

    public static PropertyTag Decode(ref ProtocolReader reader, string field = "PropertyTag") => new(reader.ReadUInt32(field));

    public void Encode(ProtocolWriter writer) => writer.WriteUInt32(Value);

    /// <summary>Decodes a counted array of tags whose count has already been read and bounded.</summary>
    public static ValueArray<PropertyTag> DecodeArray(ref ProtocolReader reader, int count, string field)
    {
        reader.CheckCount(count, Size, field, reader.Offset);
        var tags = new PropertyTag[count];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = Decode(ref reader, field);
        }

        return tags;
    }

    public static void EncodeArray(ProtocolWriter writer, ValueArray<PropertyTag> tags)
    {
        foreach (PropertyTag tag in tags)
        {
            tag.Encode(writer);
        }
    }

    public override string ToString() => $"0x{Value:X8}";
}
