namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>
/// A row of property values ([MS-OXCDATA] 2.8.1). Its layout depends on the columns it answers
/// (the requested property tags): a PtypUnspecified column carries the actual type on the wire.
/// </summary>
public sealed record PropertyRow(PropertyRowFlag Flag, ValueArray<FlaggedPropertyValue> ValueArray)
{
    public static PropertyRow Standard(params PropertyValue[] values) =>
        new(PropertyRowFlag.Standard, values.Select(FlaggedPropertyValue.Available).ToArray());

    public static PropertyRow Flagged(params FlaggedPropertyValue[] values) => new(PropertyRowFlag.Flagged, values);

    public static PropertyRow Decode(ref ProtocolReader reader, ValueArray<PropertyTag> columns, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        string outer = reader.Enter(nameof(PropertyRow));
        int at = reader.Offset;
        byte flag = reader.ReadByte("Flag");
        if (flag > (byte)PropertyRowFlag.Flagged)
        {
            throw reader.ErrorAt(at, "Flag", ProtocolErrorKind.InvalidValue, $"PropertyRow Flag must be 0x00 or 0x01, got 0x{flag:X2}");
        }

        var values = new FlaggedPropertyValue[columns.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = flag == (byte)PropertyRowFlag.Flagged
                ? DecodeFlagged(ref reader, columns[i].PropertyType, width)
                : DecodeStandard(ref reader, columns[i].PropertyType, width);
        }

        reader.Leave(outer);
        return new PropertyRow((PropertyRowFlag)flag, values);
    }

    private static FlaggedPropertyValue DecodeStandard(ref ProtocolReader reader, PropertyType column, PropertyCountWidth width)
    {
        PropertyType type = column == PropertyType.PtypUnspecified ? (PropertyType)reader.ReadUInt16("PropertyType") : column;
        return FlaggedPropertyValue.Available(PropertyValue.Decode(ref reader, type, width));
    }

    private static FlaggedPropertyValue DecodeFlagged(ref ProtocolReader reader, PropertyType column, PropertyCountWidth width)
    {
        // [MS-OXCDATA] 2.11.6: with an unspecified column the type precedes the flag.
        PropertyType type = column == PropertyType.PtypUnspecified ? (PropertyType)reader.ReadUInt16("PropertyType") : column;
        int at = reader.Offset;
        byte flag = reader.ReadByte("Flag");
        return flag switch
        {
            (byte)FlaggedPropertyValueFlag.Available => new FlaggedPropertyValue(FlaggedPropertyValueFlag.Available, type, PropertyValue.Decode(ref reader, type, width)),
            (byte)FlaggedPropertyValueFlag.NotAvailable => FlaggedPropertyValue.NotAvailable(type),
            (byte)FlaggedPropertyValueFlag.Error => FlaggedPropertyValue.Error(type, reader.ReadUInt32("PropertyValue")),
            _ => throw reader.ErrorAt(at, "Flag", ProtocolErrorKind.InvalidValue, $"FlaggedPropertyValue Flag must be 0x00, 0x01 or 0x0A, got 0x{flag:X2}"),
        };
    }

    public void Encode(ProtocolWriter writer, ValueArray<PropertyTag> columns, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        if (columns.Count != ValueArray.Count)
        {
            throw new InvalidOperationException($"row has {ValueArray.Count} values for {columns.Count} columns");
        }

        writer.WriteByte((byte)Flag);
        for (int i = 0; i < ValueArray.Count; i++)
        {
            FlaggedPropertyValue cell = ValueArray[i];
            PropertyType column = columns[i].PropertyType;
            if (column == PropertyType.PtypUnspecified)
            {
                writer.WriteUInt16((ushort)cell.Type);
            }
            else if (cell.Type != column)
            {
                throw new InvalidOperationException($"column {i} is {column}, the value is {cell.Type}");
            }

            if (Flag == PropertyRowFlag.Flagged)
            {
                writer.WriteByte((byte)cell.Flag);
            }
            else if (cell.Flag != FlaggedPropertyValueFlag.Available)
            {
                throw new InvalidOperationException($"a standard row cannot carry a {cell.Flag} value (column {i})");
            }

            cell.Value?.Encode(writer, width);
        }
    }
}
