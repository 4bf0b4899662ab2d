namespace Conformance.Protocol.Generators;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using FsCheck;
using FsCheck.Fluent;
using Model = Conformance.Protocol.Data;

/// <summary>FsCheck generators for the [MS-OXCDATA] structures: valid values only.</summary>
public static class DataGenerators
{
    public static Gen<byte> Byte => Gen.Choose(0, 255).Select(i => (byte)i);

    public static Gen<ushort> UInt16 => Gen.Choose(0, ushort.MaxValue).Select(i => (ushort)i);

    public static Gen<uint> UInt32 => Gen.Two(UInt16).Select(t => ((uint)t.Item1 << 16) | t.Item2);

    public static Gen<int> Int32 => UInt32.Select(u => unchecked((int)u));

    public static Gen<ulong> UInt64 => Gen.Two(UInt32).Select(t => ((ulong)t.Item1 << 32) | t.Item2);

    public static Gen<long> Int64 => UInt64.Select(u => unchecked((long)u));

    public static Gen<bool> Boolean => Gen.Elements(true, false);

    public static Gen<Guid> Guid => Gen.ArrayOf(Byte, 16).Select(b => new Guid(b));

    /// <summary>Short byte arrays, empty ones included.</summary>
    public static Gen<ValueArray<byte>> Bytes => Gen.Choose(0, 24).SelectMany(n => Gen.ArrayOf(Byte, n)).Select(b => new ValueArray<byte>(b));

    public static Gen<T[]> ArrayOf<T>(Gen<T> element, int maximum = 6) => Gen.Choose(0, maximum).SelectMany(n => Gen.ArrayOf(element, n));

    /// <summary>UTF-16 text with no null code unit; unpaired surrogates included, since the codec keeps code units as they are.</summary>
    public static Gen<string> UnicodeString =>
        ArrayOf(Gen.Frequency((6, Gen.Choose(0x20, 0x7E)), (2, Gen.Choose(0x80, 0xFFFF)), (1, Gen.Choose(1, 0x1F))).Select(c => (char)c), 12)
            .Select(chars => new string(chars));

    /// <summary>8-bit text with no null byte (carried as Latin-1 chars).</summary>
    public static Gen<string> String8 => ArrayOf(Gen.Choose(1, 255).Select(c => (char)c), 12).Select(chars => new string(chars));

    /// <summary>7-bit text with no null byte, for ESSDNs, message classes and server names.</summary>
    public static Gen<string> AsciiString => ArrayOf(Gen.Choose(0x20, 0x7E).Select(c => (char)c), 12).Select(chars => new string(chars));

    public static Gen<ulong> GlobalCounter => UInt64.Select(u => u & Model.ObjectId.MaxGlobalCounter);

    public static Gen<ObjectId> ObjectId => from replica in UInt16 from counter in GlobalCounter select new ObjectId(replica, counter);

    public static Gen<LongTermId> LongTermId => from guid in Guid from counter in GlobalCounter from pad in UInt16 select new LongTermId(guid, counter, pad);

    /// <summary>Every property type the codec encodes (PtypRestriction and PtypRuleAction are not, and PtypUnspecified has no value).</summary>
    public static readonly PropertyType[] ValueTypes =
        Enum.GetValues<PropertyType>()
            .Where(t => t is not (PropertyType.PtypUnspecified or PropertyType.PtypRestriction or PropertyType.PtypRuleAction))
            .ToArray();

    public static Gen<PropertyType> ValueType => Gen.Elements(ValueTypes);

    public static Gen<PropertyTag> PropertyTag(PropertyType type) => UInt16.Select(id => new PropertyTag(id, type));

    public static Gen<PropertyTag> PropertyTagOfValueType => ValueType.SelectMany(PropertyTag);

    /// <summary>Any tag, PtypUnspecified columns included (for requested tags).</summary>
    public static Gen<PropertyTag> AnyPropertyTag => Gen.Elements([.. ValueTypes, PropertyType.PtypUnspecified]).SelectMany(PropertyTag);

    public static Gen<PropertyValue> PropertyValue(PropertyType type) => type switch
    {
        PropertyType.PtypNull => Gen.Constant<PropertyValue>(Model.PropertyValue.Null()),
        PropertyType.PtypInteger16 => UInt16.Select(v => (PropertyValue)Model.PropertyValue.Integer16(unchecked((short)v))),
        PropertyType.PtypInteger32 => Int32.Select(v => (PropertyValue)Model.PropertyValue.Integer32(v)),
        PropertyType.PtypFloating32 => Int32.Select(v => (PropertyValue)Model.PropertyValue.Floating32(BitConverter.Int32BitsToSingle(v))),
        PropertyType.PtypFloating64 => Int64.Select(v => (PropertyValue)Model.PropertyValue.Floating64(BitConverter.Int64BitsToDouble(v))),
        PropertyType.PtypFloatingTime => Int64.Select(v => (PropertyValue)Model.PropertyValue.FloatingTime(BitConverter.Int64BitsToDouble(v))),
        PropertyType.PtypCurrency => Int64.Select(v => (PropertyValue)Model.PropertyValue.Currency(v)),
        PropertyType.PtypInteger64 => Int64.Select(v => (PropertyValue)Model.PropertyValue.Integer64(v)),
        PropertyType.PtypErrorCode => UInt32.Select(v => (PropertyValue)Model.PropertyValue.ErrorCode(v)),
        PropertyType.PtypObject => UInt32.Select(v => (PropertyValue)Model.PropertyValue.Object(v)),
        PropertyType.PtypBoolean => Boolean.Select(v => (PropertyValue)Model.PropertyValue.Boolean(v)),
        PropertyType.PtypString => UnicodeString.Select(v => (PropertyValue)Model.PropertyValue.String(v)),
        PropertyType.PtypString8 => String8.Select(v => (PropertyValue)Model.PropertyValue.String8(v)),
        PropertyType.PtypTime => UInt64.Select(v => (PropertyValue)Model.PropertyValue.Time(v)),
        PropertyType.PtypGuid => Guid.Select(v => (PropertyValue)Model.PropertyValue.Guid(v)),
        PropertyType.PtypBinary => Bytes.Select(v => (PropertyValue)Model.PropertyValue.Binary(v)),
        PropertyType.PtypServerId => Bytes.Select(v => (PropertyValue)Model.PropertyValue.ServerId(v)),
        _ when PropertyTypes.IsMultiple(type) => Multiple(type),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no generator"),
    };

    private static Gen<PropertyValue> Multiple(PropertyType type)
    {
        PropertyType element = PropertyTypes.ElementType(type);
        return ArrayOf(PropertyValue(element), 4).Select(values =>
        {
            object array = element switch
            {
                PropertyType.PtypInteger16 => new ValueArray<short>(values.Select(v => ((PropertyValue<short>)v).Value)),
                PropertyType.PtypInteger32 => new ValueArray<int>(values.Select(v => ((PropertyValue<int>)v).Value)),
                PropertyType.PtypFloating32 => new ValueArray<float>(values.Select(v => ((PropertyValue<float>)v).Value)),
                PropertyType.PtypFloating64 or PropertyType.PtypFloatingTime => new ValueArray<double>(values.Select(v => ((PropertyValue<double>)v).Value)),
                PropertyType.PtypCurrency or PropertyType.PtypInteger64 => new ValueArray<long>(values.Select(v => ((PropertyValue<long>)v).Value)),
                PropertyType.PtypString or PropertyType.PtypString8 => new ValueArray<string>(values.Select(v => ((PropertyValue<string>)v).Value)),
                PropertyType.PtypTime => new ValueArray<ulong>(values.Select(v => ((PropertyValue<ulong>)v).Value)),
                PropertyType.PtypGuid => new ValueArray<Guid>(values.Select(v => ((PropertyValue<Guid>)v).Value)),
                PropertyType.PtypBinary => new ValueArray<ValueArray<byte>>(values.Select(v => ((PropertyValue<ValueArray<byte>>)v).Value)),
                _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no multi-valued generator"),
            };
            return Model.PropertyValue.Create(type, array);
        });
    }

    public static Gen<PropertyValue> AnyPropertyValue => ValueType.SelectMany(PropertyValue);

    public static Gen<TaggedPropertyValue> TaggedPropertyValue =>
        PropertyTagOfValueType.SelectMany(tag => PropertyValue(tag.PropertyType).Select(v => new TaggedPropertyValue(tag, v)));

    public static Gen<PropertyProblem> PropertyProblem =>
        from index in UInt16 from tag in PropertyTagOfValueType from code in UInt32 select new PropertyProblem(index, tag, code);

    public static Gen<PropertyName> PropertyName =>
        Gen.OneOf(
            Gen.Zip(Guid, UInt32).Select(t => Model.PropertyName.FromLid(t.Item1, t.Item2)),
            Gen.Zip(Guid, UnicodeString).Select(t => Model.PropertyName.FromName(t.Item1, t.Item2)),
            Guid.Select(Model.PropertyName.NoName));

    /// <summary>A row that answers <paramref name="columns"/>, standard or flagged.</summary>
    public static Gen<PropertyRow> PropertyRow(ValueArray<PropertyTag> columns) =>
        Gen.OneOf(
            Cells(columns, flagged: false).Select(cells => new PropertyRow(PropertyRowFlag.Standard, cells)),
            Cells(columns, flagged: true).Select(cells => new PropertyRow(PropertyRowFlag.Flagged, cells)));

    private static Gen<FlaggedPropertyValue[]> Cells(ValueArray<PropertyTag> columns, bool flagged)
    {
        Gen<FlaggedPropertyValue[]> cells = Gen.Constant(Array.Empty<FlaggedPropertyValue>());
        foreach (PropertyTag column in columns)
        {
            Gen<PropertyType> type = column.PropertyType == PropertyType.PtypUnspecified ? ValueType : Gen.Constant(column.PropertyType);
            Gen<FlaggedPropertyValue> cell = type.SelectMany(t => flagged
                ? Gen.OneOf(
                    PropertyValue(t).Select(FlaggedPropertyValue.Available),
                    Gen.Constant(FlaggedPropertyValue.NotAvailable(t)),
                    UInt32.Select(code => FlaggedPropertyValue.Error(t, code)))
                : PropertyValue(t).Select(FlaggedPropertyValue.Available));
            cells = cells.SelectMany(previous => cell.Select(next => (FlaggedPropertyValue[])[.. previous, next]));
        }

        return cells;
    }

    public static Gen<ValueArray<PropertyTag>> Columns => ArrayOf(AnyPropertyTag, 5).Select(tags => new ValueArray<PropertyTag>(tags));
}
