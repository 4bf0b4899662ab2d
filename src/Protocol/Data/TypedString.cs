namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>
/// A TypedString ([MS-OXCDATA] 2.11.7): a StringType byte and, for types 0x02 to 0x04, a null-terminated
/// string in that encoding. <see cref="String"/> is null exactly when no string bytes are on the wire.
/// </summary>
public sealed record TypedString(StringType StringType, string? String)
{
    public static TypedString None { get; } = new(StringType.None, null);

    public static TypedString Empty { get; } = new(StringType.Empty, null);

    public static TypedString Character(string value) => new(StringType.CharacterString, value);

    public static TypedString ReducedUnicode(string value) => new(StringType.ReducedUnicodeCharacterString, value);

    public static TypedString Unicode(string value) => new(StringType.UnicodeCharacterString, value);

    /// <summary>The smallest encoding: the StringType byte alone.</summary>
    public const int MinimumSize = 1;

    public static TypedString Decode(ref ProtocolReader reader, string field)
    {
        string outer = reader.Enter(field);
        int at = reader.Offset;
        byte type = reader.ReadByte(nameof(StringType));
        TypedString value = type switch
        {
            (byte)StringType.None => None,
            (byte)StringType.Empty => Empty,
            (byte)StringType.CharacterString => Character(reader.ReadString8(nameof(String))),
            (byte)StringType.ReducedUnicodeCharacterString => ReducedUnicode(reader.ReadString8(nameof(String))),
            (byte)StringType.UnicodeCharacterString => Unicode(reader.ReadUnicodeString(nameof(String))),

            // The set is closed and decides whether (and how) a string follows.
            _ => throw reader.ErrorAt(at, nameof(StringType), ProtocolErrorKind.InvalidValue, $"StringType must be 0x00 to 0x04, got 0x{type:X2}"),
        };
        reader.Leave(outer);
        return value;
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteByte((byte)StringType);
        switch (StringType)
        {
            case StringType.None:
            case StringType.Empty:
                if (String is not null)
                {
                    throw new InvalidOperationException($"a TypedString of type {StringType} carries no string");
                }

                break;
            case StringType.CharacterString:
            case StringType.ReducedUnicodeCharacterString:
                writer.WriteString8(String ?? throw new InvalidOperationException($"a TypedString of type {StringType} needs a string"));
                break;
            case StringType.UnicodeCharacterString:
                writer.WriteUnicodeString(String ?? throw new InvalidOperationException("a Unicode TypedString needs a string"));
                break;
            default:
                throw new InvalidOperationException($"unknown StringType 0x{(byte)StringType:X2}");
        }
    }
}
