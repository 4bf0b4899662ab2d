namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>
/// A property value ([MS-OXCDATA] 2.11.2): the bytes of one value, without tag or type.
/// Each concrete value is a <see cref="PropertyValue{T}"/> whose CLR type follows the property type:
/// PtypInteger16 short; PtypInteger32 int; PtypFloating32 float; PtypFloating64 and PtypFloatingTime double;
/// PtypCurrency and PtypInteger64 long; PtypErrorCode uint; PtypBoolean bool; PtypString and PtypString8 string;
/// PtypTime ulong (FILETIME); PtypGuid Guid; PtypBinary and PtypServerId ValueArray&lt;byte&gt;; PtypObject uint;
/// PtypNull <see cref="EmptyValue"/>; PtypMultiple* a ValueArray of the element's CLR type.
/// </summary>
public abstract record PropertyValue
{
    private protected PropertyValue()
    {
    }

    public abstract PropertyType Type { get; }

    /// <summary>The CLR type that carries values of a property type.</summary>
    public static Type ClrType(PropertyType type) => type switch
    {
        PropertyType.PtypNull => typeof(EmptyValue),
        PropertyType.PtypInteger16 => typeof(short),
        PropertyType.PtypInteger32 => typeof(int),
        PropertyType.PtypFloating32 => typeof(float),
        PropertyType.PtypFloating64 or PropertyType.PtypFloatingTime => typeof(double),
        PropertyType.PtypCurrency or PropertyType.PtypInteger64 => typeof(long),
        PropertyType.PtypErrorCode or PropertyType.PtypObject => typeof(uint),
        PropertyType.PtypBoolean => typeof(bool),
        PropertyType.PtypString or PropertyType.PtypString8 => typeof(string),
        PropertyType.PtypTime => typeof(ulong),
        PropertyType.PtypGuid => typeof(Guid),
        PropertyType.PtypBinary or PropertyType.PtypServerId => typeof(ValueArray<byte>),
        PropertyType.PtypMultipleInteger16 => typeof(ValueArray<short>),
        PropertyType.PtypMultipleInteger32 => typeof(ValueArray<int>),
        PropertyType.PtypMultipleFloating32 => typeof(ValueArray<float>),
        PropertyType.PtypMultipleFloating64 or PropertyType.PtypMultipleFloatingTime => typeof(ValueArray<double>),
        PropertyType.PtypMultipleCurrency or PropertyType.PtypMultipleInteger64 => typeof(ValueArray<long>),
        PropertyType.PtypMultipleString or PropertyType.PtypMultipleString8 => typeof(ValueArray<string>),
        PropertyType.PtypMultipleTime => typeof(ValueArray<ulong>),
        PropertyType.PtypMultipleGuid => typeof(ValueArray<Guid>),
        PropertyType.PtypMultipleBinary => typeof(ValueArray<ValueArray<byte>>),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no value representation for this property type"),
    };

    public static PropertyValue<EmptyValue> Null() => new(PropertyType.PtypNull, default);

    public static PropertyValue<short> Integer16(short value) => new(PropertyType.PtypInteger16, value);

    public static PropertyValue<int> Integer32(int value) => new(PropertyType.PtypInteger32, value);

    public static PropertyValue<float> Floating32(float value) => new(PropertyType.PtypFloating32, value);

    public static PropertyValue<double> Floating64(double value) => new(PropertyType.PtypFloating64, value);

    public static PropertyValue<long> Currency(long value) => new(PropertyType.PtypCurrency, value);

    public static PropertyValue<double> FloatingTime(double value) => new(PropertyType.PtypFloatingTime, value);

    public static PropertyValue<uint> ErrorCode(uint value) => new(PropertyType.PtypErrorCode, value);

    public static PropertyValue<bool> Boolean(bool value) => new(PropertyType.PtypBoolean, value);

    public static PropertyValue<uint> Object(uint value) => new(PropertyType.PtypObject, value);

    public static PropertyValue<long> Integer64(long value) => new(PropertyType.PtypInteger64, value);

    public static PropertyValue<string> String(string value) => new(PropertyType.PtypString, value);

    public static PropertyValue<string> String8(string value) => new(PropertyType.PtypString8, value);

    public static PropertyValue<ulong> Time(ulong fileTime) => new(PropertyType.PtypTime, fileTime);

    public static PropertyValue<ulong> Time(DateTime utc) => new(PropertyType.PtypTime, (ulong)utc.ToFileTimeUtc());

    public static PropertyValue<Guid> Guid(Guid value) => new(PropertyType.PtypGuid, value);

    public static PropertyValue<ValueArray<byte>> Binary(ValueArray<byte> value) => new(PropertyType.PtypBinary, value);

    public static PropertyValue<ValueArray<byte>> ServerId(ValueArray<byte> value) => new(PropertyType.PtypServerId, value);

    /// <summary>Creates a value of any type; <paramref name="value"/> must be of <see cref="ClrType"/>.</summary>
    public static PropertyValue Create(PropertyType type, object value)
    {
        Type clr = ClrType(type);
        if (value.GetType() != clr)
        {
            throw new ArgumentException($"{type} values are {clr.Name}, not {value.GetType().Name}", nameof(value));
        }

        Type closed = typeof(PropertyValue<>).MakeGenericType(clr);
        return (PropertyValue)Activator.CreateInstance(closed, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null, [type, value], null)!;
    }

    /// <summary>The value as an object of <see cref="ClrType"/>.</summary>
    public abstract object BoxedValue { get; }

    /// <summary>Encodes the value bytes only ([MS-OXCDATA] 2.11.2.1).</summary>
    public void Encode(ProtocolWriter writer, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        switch (Type)
        {
            case PropertyType.PtypNull:
                break;
            case PropertyType.PtypInteger16:
                writer.WriteInt16(As<short>());
                break;
            case PropertyType.PtypInteger32:
                writer.WriteInt32(As<int>());
                break;
            case PropertyType.PtypFloating32:
                writer.WriteSingle(As<float>());
                break;
            case PropertyType.PtypFloating64:
            case PropertyType.PtypFloatingTime:
                writer.WriteDouble(As<double>());
                break;
            case PropertyType.PtypCurrency:
            case PropertyType.PtypInteger64:
                writer.WriteInt64(As<long>());
                break;
            case PropertyType.PtypErrorCode:
            case PropertyType.PtypObject:
                writer.WriteUInt32(As<uint>());
                break;
            case PropertyType.PtypBoolean:
                writer.WriteBoolean(As<bool>());
                break;
            case PropertyType.PtypString:
                writer.WriteUnicodeString(As<string>());
                break;
            case PropertyType.PtypString8:
                writer.WriteString8(As<string>());
                break;
            case PropertyType.PtypTime:
                writer.WriteUInt64(As<ulong>());
                break;
            case PropertyType.PtypGuid:
                writer.WriteGuid(As<Guid>());
                break;
            case PropertyType.PtypBinary:
            case PropertyType.PtypServerId:
                WriteBinary(writer, As<ValueArray<byte>>(), width);
                break;
            default:
                EncodeMultiple(writer, width);
                break;
        }
    }

    private void EncodeMultiple(ProtocolWriter writer, PropertyCountWidth width)
    {
        switch (Type)
        {
            case PropertyType.PtypMultipleInteger16:
                WriteAll(writer, As<ValueArray<short>>(), writer.WriteInt16);
                break;
            case PropertyType.PtypMultipleInteger32:
                WriteAll(writer, As<ValueArray<int>>(), writer.WriteInt32);
                break;
            case PropertyType.PtypMultipleFloating32:
                WriteAll(writer, As<ValueArray<float>>(), writer.WriteSingle);
                break;
            case PropertyType.PtypMultipleFloating64:
            case PropertyType.PtypMultipleFloatingTime:
                WriteAll(writer, As<ValueArray<double>>(), writer.WriteDouble);
                break;
            case PropertyType.PtypMultipleCurrency:
            case PropertyType.PtypMultipleInteger64:
                WriteAll(writer, As<ValueArray<long>>(), writer.WriteInt64);
                break;
            case PropertyType.PtypMultipleString:
                WriteAll(writer, As<ValueArray<string>>(), writer.WriteUnicodeString);
                break;
            case PropertyType.PtypMultipleString8:
                WriteAll(writer, As<ValueArray<string>>(), writer.WriteString8);
                break;
            case PropertyType.PtypMultipleTime:
                WriteAll(writer, As<ValueArray<ulong>>(), writer.WriteUInt64);
                break;
            case PropertyType.PtypMultipleGuid:
                WriteAll(writer, As<ValueArray<Guid>>(), writer.WriteGuid);
                break;
            case PropertyType.PtypMultipleBinary:
                WriteAll(writer, As<ValueArray<ValueArray<byte>>>(), item => WriteBinary(writer, item, width));
                break;
            default:
                throw new InvalidOperationException($"{Type} values cannot be encoded by this codec");
        }
    }

    private T As<T>() => ((PropertyValue<T>)this).Value;

    // [MS-OXCDATA] 2.11.1.1: value counts of PtypMultiple* are 32 bits wide in ROP buffers and extended contexts alike.
    private static void WriteAll<T>(ProtocolWriter writer, ValueArray<T> items, Action<T> write)
    {
        writer.WriteUInt32((uint)items.Count);
        foreach (T item in items)
        {
            write(item);
        }
    }

    private static void WriteBinary(ProtocolWriter writer, ValueArray<byte> bytes, PropertyCountWidth width)
    {
        if (width == PropertyCountWidth.RopBuffer)
        {
            writer.WriteCount16(bytes.Count, "COUNT");
        }
        else
        {
            writer.WriteUInt32((uint)bytes.Count);
        }

        writer.WriteBytes(bytes.AsSpan());
    }

    /// <summary>Decodes the bytes of one value of a known type ([MS-OXCDATA] 2.11.2.1).</summary>
    public static PropertyValue Decode(ref ProtocolReader reader, PropertyType type, PropertyCountWidth width = PropertyCountWidth.RopBuffer)
    {
        const string field = "PropertyValue";
        switch (type)
        {
            case PropertyType.PtypNull:
                return Null();
            case PropertyType.PtypInteger16:
                return Integer16(reader.ReadInt16(field));
            case PropertyType.PtypInteger32:
                return Integer32(reader.ReadInt32(field));
            case PropertyType.PtypFloating32:
                return Floating32(reader.ReadSingle(field));
            case PropertyType.PtypFloating64:
                return Floating64(reader.ReadDouble(field));
            case PropertyType.PtypFloatingTime:
                return FloatingTime(reader.ReadDouble(field));
            case PropertyType.PtypCurrency:
                return Currency(reader.ReadInt64(field));
            case PropertyType.PtypInteger64:
                return Integer64(reader.ReadInt64(field));
            case PropertyType.PtypErrorCode:
                return ErrorCode(reader.ReadUInt32(field));
            case PropertyType.PtypObject:
                return Object(reader.ReadUInt32(field));
            case PropertyType.PtypBoolean:
                return Boolean(ReadBoolean(ref reader, field));
            case PropertyType.PtypString:
                return String(reader.ReadUnicodeString(field));
            case PropertyType.PtypString8:
                return String8(reader.ReadString8(field));
            case PropertyType.PtypTime:
                return Time(reader.ReadUInt64(field));
            case PropertyType.PtypGuid:
                return Guid(reader.ReadGuid(field));
            case PropertyType.PtypBinary:
                return Binary(ReadBinary(ref reader, width, field));
            case PropertyType.PtypServerId:
                return ServerId(ReadBinary(ref reader, width, field));
            case PropertyType.PtypMultipleInteger16:
                return new PropertyValue<ValueArray<short>>(type, ReadAll(ref reader, 2, static (ref ProtocolReader r) => r.ReadInt16("PropertyValue")));
            case PropertyType.PtypMultipleInteger32:
                return new PropertyValue<ValueArray<int>>(type, ReadAll(ref reader, 4, static (ref ProtocolReader r) => r.ReadInt32("PropertyValue")));
            case PropertyType.PtypMultipleFloating32:
                return new PropertyValue<ValueArray<float>>(type, ReadAll(ref reader, 4, static (ref ProtocolReader r) => r.ReadSingle("PropertyValue")));
            case PropertyType.PtypMultipleFloating64:
            case PropertyType.PtypMultipleFloatingTime:
                return new PropertyValue<ValueArray<double>>(type, ReadAll(ref reader, 8, static (ref ProtocolReader r) => r.ReadDouble("PropertyValue")));
            case PropertyType.PtypMultipleCurrency:
            case PropertyType.PtypMultipleInteger64:
                return new PropertyValue<ValueArray<long>>(type, ReadAll(ref reader, 8, static (ref ProtocolReader r) => r.ReadInt64("PropertyValue")));
            case PropertyType.PtypMultipleString:
                return new PropertyValue<ValueArray<string>>(type, ReadAll(ref reader, 2, static (ref ProtocolReader r) => r.ReadUnicodeString("PropertyValue")));
            case PropertyType.PtypMultipleString8:
                return new PropertyValue<ValueArray<string>>(type, ReadAll(ref reader, 1, static (ref ProtocolReader r) => r.ReadString8("PropertyValue")));
            case PropertyType.PtypMultipleTime:
                return new PropertyValue<ValueArray<ulong>>(type, ReadAll(ref reader, 8, static (ref ProtocolReader r) => r.ReadUInt64("PropertyValue")));
            case PropertyType.PtypMultipleGuid:
                return new PropertyValue<ValueArray<Guid>>(type, ReadAll(ref reader, 16, static (ref ProtocolReader r) => r.ReadGuid("PropertyValue")));
            case PropertyType.PtypMultipleBinary:
                return width == PropertyCountWidth.RopBuffer
                    ? new PropertyValue<ValueArray<ValueArray<byte>>>(type, ReadAll(ref reader, 2, static (ref ProtocolReader r) => ReadBinary(ref r, PropertyCountWidth.RopBuffer, "PropertyValue")))
                    : new PropertyValue<ValueArray<ValueArray<byte>>>(type, ReadAll(ref reader, 4, static (ref ProtocolReader r) => ReadBinary(ref r, PropertyCountWidth.Extended, "PropertyValue")));
            case PropertyType.PtypUnspecified:
                throw reader.Error(field, ProtocolErrorKind.InvalidValue, "PtypUnspecified has no value layout; the actual type must be given (TypedPropertyValue)");
            case PropertyType.PtypRestriction:
            case PropertyType.PtypRuleAction:
                throw reader.Error(field, ProtocolErrorKind.Unsupported, $"{type} values ([MS-OXCDATA] 2.12, [MS-OXORULE]) are not decoded by this codec");
            default:
                throw reader.Error(field, ProtocolErrorKind.InvalidValue, $"unknown property type 0x{(ushort)type:X4}");
        }
    }

    // [MS-OXCDATA] 2.11.1: PtypBoolean is restricted to 1 or 0.
    private static bool ReadBoolean(ref ProtocolReader reader, string field)
    {
        int at = reader.Offset;
        byte value = reader.ReadByte(field);
        return value switch
        {
            0 => false,
            1 => true,
            _ => throw reader.ErrorAt(at, field, ProtocolErrorKind.InvalidValue, $"PtypBoolean must be 0 or 1, got 0x{value:X2}"),
        };
    }

    private static ValueArray<byte> ReadBinary(ref ProtocolReader reader, PropertyCountWidth width, string field)
    {
        int count = width == PropertyCountWidth.RopBuffer ? reader.ReadCount16("COUNT", 1) : reader.ReadCount32("COUNT", 1);
        return reader.ReadBytes(count, field);
    }

    private delegate T ElementReader<T>(ref ProtocolReader reader);

    private static ValueArray<T> ReadAll<T>(ref ProtocolReader reader, int minimumElementSize, ElementReader<T> read)
    {
        int count = reader.ReadCount32("COUNT", minimumElementSize);
        var items = new T[count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = read(ref reader);
        }

        return items;
    }
}

/// <summary>A property value carried as <typeparamref name="T"/>; see <see cref="PropertyValue"/> for the mapping.</summary>
public sealed record PropertyValue<T> : PropertyValue
{
    internal PropertyValue(PropertyType type, T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Type = type;
        Value = value;
    }

    public override PropertyType Type { get; }

    public T Value { get; }

    public override object BoxedValue => Value!;

    public override string ToString() => $"{Type}: {Value}";
}
