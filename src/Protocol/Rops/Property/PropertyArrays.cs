namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>The counted arrays the property ROPs share: a 16-bit count followed by that many elements.</summary>
internal static class PropertyArrays
{
    public static ValueArray<PropertyTag> DecodeTags(ref ProtocolReader reader, string countField, string field)
    {
        int count = reader.ReadCount16(countField, PropertyTag.Size);
        return PropertyTag.DecodeArray(ref reader, count, field);
    }

    public static void EncodeTags(ProtocolWriter writer, ValueArray<PropertyTag> tags, string countField)
    {
        writer.WriteCount16(tags.Count, countField);
        PropertyTag.EncodeArray(writer, tags);
    }

    /// <summary>Reads <paramref name="count"/> 16-bit property IDs; the count must already be bounded.</summary>
    public static ValueArray<ushort> DecodeIds(ref ProtocolReader reader, int count, string field)
    {
        var ids = new ushort[count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.ReadUInt16(field);
        }

        return ids;
    }

    public static void EncodeIds(ProtocolWriter writer, ValueArray<ushort> ids)
    {
        foreach (ushort id in ids)
        {
            writer.WriteUInt16(id);
        }
    }

    public static ValueArray<ushort> DecodeCountedIds(ref ProtocolReader reader, string countField, string field)
    {
        int count = reader.ReadCount16(countField, sizeof(ushort));
        return DecodeIds(ref reader, count, field);
    }

    public static void EncodeCountedIds(ProtocolWriter writer, ValueArray<ushort> ids, string countField)
    {
        writer.WriteCount16(ids.Count, countField);
        EncodeIds(writer, ids);
    }

    /// <summary>Reads <paramref name="count"/> PropertyName structures ([MS-OXCDATA] 2.6.1); the count must already be bounded.</summary>
    public static ValueArray<PropertyName> DecodeNames(ref ProtocolReader reader, int count)
    {
        var names = new PropertyName[count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = PropertyName.Decode(ref reader);
        }

        return names;
    }

    public static void EncodeNames(ProtocolWriter writer, ValueArray<PropertyName> names)
    {
        foreach (PropertyName name in names)
        {
            name.Encode(writer);
        }
    }

    public static ValueArray<PropertyName> DecodeCountedNames(ref ProtocolReader reader, string countField)
    {
        int count = reader.ReadCount16(countField, PropertyName.MinimumSize);
        return DecodeNames(ref reader, count);
    }

    public static void EncodeCountedNames(ProtocolWriter writer, ValueArray<PropertyName> names, string countField)
    {
        writer.WriteCount16(names.Count, countField);
        EncodeNames(writer, names);
    }

    /// <summary>
    /// Reads PropertyValueSize, PropertyValueCount and PropertyValues of RopSetProperties and
    /// RopSetPropertiesNoReplicate ([MS-OXCROPS] 2.2.8.6.1). The size must match the bytes the values use exactly.
    /// </summary>
    public static ValueArray<TaggedPropertyValue> DecodeSizedValues(ref ProtocolReader reader)
    {
        int sizeAt = reader.Offset;
        ushort size = reader.ReadUInt16("PropertyValueSize");
        if (size > reader.Remaining)
        {
            throw reader.ErrorAt(sizeAt, "PropertyValueSize", ProtocolErrorKind.CountTooLarge, $"declares {size} byte(s), {reader.Remaining} left");
        }

        // Decoding inside a slice keeps the values from running past the declared size.
        ProtocolReader body = reader.Slice(size, "PropertyValues");
        int count = body.ReadCount16("PropertyValueCount", PropertyTag.Size);
        ValueArray<TaggedPropertyValue> values = TaggedPropertyValue.DecodeArray(ref body, count, "PropertyValues");
        if (!body.End)
        {
            throw reader.ErrorAt(sizeAt, "PropertyValueSize", ProtocolErrorKind.InvalidValue, $"declares {size} byte(s), PropertyValueCount and PropertyValues use {body.Position}");
        }

        return values;
    }

    /// <summary>Writes the values with PropertyValueSize computed from what was written.</summary>
    public static void EncodeSizedValues(ProtocolWriter writer, ValueArray<TaggedPropertyValue> values)
    {
        int at = writer.Reserve16();
        int start = writer.Position;
        writer.WriteCount16(values.Count, "PropertyValueCount");
        TaggedPropertyValue.EncodeArray(writer, values);
        writer.PatchLength16(at, start, "PropertyValueSize");
    }
}
