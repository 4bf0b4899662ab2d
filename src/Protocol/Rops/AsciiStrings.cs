namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// The null-terminated ASCII strings of the store ROPs (ESSDNs, server names, message classes), with
/// and without a preceding size that counts the terminator.
/// </summary>
internal static class AsciiStrings
{
    /// <summary>Reads a string whose size, terminator included, was read before it; the terminator must be its last byte.</summary>
    public static string ReadSized(ref ProtocolReader reader, int size, string field)
    {
        int at = reader.Offset;
        ReadOnlySpan<byte> bytes = reader.ReadSpan(size, field);
        int terminator = bytes.IndexOf((byte)0);
        if (terminator != size - 1)
        {
            throw reader.ErrorAt(
                at,
                field,
                ProtocolErrorKind.InvalidValue,
                terminator < 0
                    ? $"no null terminator within the {size} byte(s) its size gives"
                    : $"null terminator at byte {terminator} of {size}: the size must count the string and its terminator exactly");
        }

        ReadOnlySpan<byte> text = bytes[..terminator];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                throw reader.ErrorAt(at + i, field, ProtocolErrorKind.InvalidValue, $"non-ASCII byte 0x{text[i]:X2} in an ASCII string");
            }
        }

        return System.Text.Encoding.ASCII.GetString(text);
    }

    /// <summary>The encoded size of <paramref name="value"/>, terminator included, after checking it can be encoded.</summary>
    public static int SizeOf(string value, string field)
    {
        Check(value, field);
        return value.Length + 1;
    }

    /// <summary>Writes a null-terminated ASCII string; a string the decoder would not read back is a programming error.</summary>
    public static void Write(ProtocolWriter writer, string value, string field)
    {
        Check(value, field);
        writer.WriteString8(value);
    }

    private static void Check(string value, string field)
    {
        foreach (char c in value)
        {
            if (c is '\0' or > (char)0x7F)
            {
                throw new InvalidOperationException($"{field} holds U+{(int)c:X4}, which an ASCII string cannot carry");
            }
        }
    }
}
