using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Conformance.Protocol.Encoding;

/// <summary>
/// A forward-only little-endian reader over a span, in the manner of Kestrel's frame readers.
/// Every read is bounds-checked and failures raise <see cref="ProtocolException"/> naming the
/// current <see cref="Structure"/>, the field and the absolute byte offset.
/// </summary>
/// <remarks>
/// Decoders set <see cref="Structure"/> through <see cref="Enter"/> and restore it with
/// <see cref="Leave"/>, so nested structures report their own names.
/// </remarks>
public ref struct ProtocolReader
{
    private readonly ReadOnlySpan<byte> buffer;
    private readonly int baseOffset;
    private int position;

    public ProtocolReader(ReadOnlySpan<byte> buffer, int baseOffset = 0, string structure = "Buffer")
    {
        this.buffer = buffer;
        this.baseOffset = baseOffset;
        position = 0;
        Structure = structure;
    }

    /// <summary>The name of the structure being decoded, used in error messages.</summary>
    public string Structure { get; set; }

    /// <summary>Bytes consumed so far, relative to the start of this reader's span.</summary>
    public readonly int Position => position;

    /// <summary>The absolute offset of the next byte in the outermost buffer.</summary>
    public readonly int Offset => baseOffset + position;

    public readonly int Remaining => buffer.Length - position;

    public readonly bool End => position >= buffer.Length;

    /// <summary>Switches the reported structure name and returns the previous one for <see cref="Leave"/>.</summary>
    public string Enter(string structure)
    {
        string previous = Structure;
        Structure = structure;
        return previous;
    }

    public void Leave(string previous) => Structure = previous;

    public readonly ProtocolException Error(string field, ProtocolErrorKind kind, string detail) =>
        new(Structure, field, Offset, kind, detail);

    public readonly ProtocolException ErrorAt(int absoluteOffset, string field, ProtocolErrorKind kind, string detail) =>
        new(Structure, field, absoluteOffset, kind, detail);

    private readonly void Need(int count, string field)
    {
        if (count > buffer.Length - position)
        {
            throw Error(field, ProtocolErrorKind.Truncated, $"needs {count} byte(s), {buffer.Length - position} left");
        }
    }

    public byte ReadByte(string field)
    {
        Need(1, field);
        return buffer[position++];
    }

    public sbyte ReadSByte(string field) => unchecked((sbyte)ReadByte(field));

    /// <summary>Reads a one-byte Boolean; the specifications treat any nonzero value as TRUE.</summary>
    public bool ReadBoolean(string field) => ReadByte(field) != 0;

    public ushort ReadUInt16(string field)
    {
        Need(2, field);
        ushort value = BinaryPrimitives.ReadUInt16LittleEndian(buffer[position..]);
        position += 2;
        return value;
    }

    public short ReadInt16(string field) => unchecked((short)ReadUInt16(field));

    public uint ReadUInt32(string field)
    {
        Need(4, field);
        uint value = BinaryPrimitives.ReadUInt32LittleEndian(buffer[position..]);
        position += 4;
        return value;
    }

    public int ReadInt32(string field) => unchecked((int)ReadUInt32(field));

    public ulong ReadUInt64(string field)
    {
        Need(8, field);
        ulong value = BinaryPrimitives.ReadUInt64LittleEndian(buffer[position..]);
        position += 8;
        return value;
    }

    public long ReadInt64(string field) => unchecked((long)ReadUInt64(field));

    public float ReadSingle(string field) => BitConverter.Int32BitsToSingle(ReadInt32(field));

    public double ReadDouble(string field) => BitConverter.Int64BitsToDouble(ReadInt64(field));

    /// <summary>Reads a GUID in the little-endian wire layout of [MS-DTYP] 2.3.4.</summary>
    public Guid ReadGuid(string field)
    {
        Need(16, field);
        var value = new Guid(buffer.Slice(position, 16));
        position += 16;
        return value;
    }

    /// <summary>Returns a view of the next <paramref name="count"/> bytes without copying.</summary>
    public ReadOnlySpan<byte> ReadSpan(int count, string field)
    {
        if (count < 0)
        {
            throw Error(field, ProtocolErrorKind.InvalidValue, $"negative length {count}");
        }

        Need(count, field);
        ReadOnlySpan<byte> slice = buffer.Slice(position, count);
        position += count;
        return slice;
    }

    public byte[] ReadBytes(int count, string field) => ReadSpan(count, field).ToArray();

    /// <summary>Returns the remaining bytes and consumes them.</summary>
    public ReadOnlySpan<byte> ReadRest()
    {
        ReadOnlySpan<byte> rest = buffer[position..];
        position = buffer.Length;
        return rest;
    }

    /// <summary>
    /// Validates a count read from the wire against what is left, so that no allocation is driven by
    /// an attacker-controlled count beyond the input's length.
    /// </summary>
    /// <param name="count">The count as read.</param>
    /// <param name="minimumElementSize">The smallest encoded size of one element (0 for elements that can be empty).</param>
    /// <param name="field">The count field's name.</param>
    /// <param name="countOffset">The absolute offset of the count field, for the error message.</param>
    public readonly int CheckCount(long count, int minimumElementSize, string field, int countOffset)
    {
        if (count < 0)
        {
            throw ErrorAt(countOffset, field, ProtocolErrorKind.InvalidValue, $"negative count {count}");
        }

        long needed = count * Math.Max(minimumElementSize, 0);
        if (needed > Remaining || (minimumElementSize == 0 && count > Remaining + 1L))
        {
            throw ErrorAt(countOffset, field, ProtocolErrorKind.CountTooLarge, $"count {count} needs at least {needed} byte(s), {Remaining} left");
        }

        return (int)count;
    }

    /// <summary>Reads a 16-bit count and validates it against the remaining bytes.</summary>
    public ushort ReadCount16(string field, int minimumElementSize)
    {
        int at = Offset;
        ushort count = ReadUInt16(field);
        CheckCount(count, minimumElementSize, field, at);
        return count;
    }

    /// <summary>Reads a 32-bit count and validates it against the remaining bytes.</summary>
    public int ReadCount32(string field, int minimumElementSize)
    {
        int at = Offset;
        uint count = ReadUInt32(field);
        return CheckCount(count, minimumElementSize, field, at);
    }

    /// <summary>Reads a null-terminated 8-bit string ([MS-OXCDATA] 2.11.1 PtypString8); bytes map one-to-one to chars (Latin-1) so the value round-trips.</summary>
    public string ReadString8(string field)
    {
        int terminator = buffer[position..].IndexOf((byte)0);
        if (terminator < 0)
        {
            throw Error(field, ProtocolErrorKind.Truncated, "no null terminator before the end of the buffer");
        }

        string value = System.Text.Encoding.Latin1.GetString(buffer.Slice(position, terminator));
        position += terminator + 1;
        return value;
    }

    /// <summary>Reads a null-terminated 8-bit string that must be ASCII (for example an ESSDN or a message class).</summary>
    public string ReadAsciiString(string field)
    {
        int start = Offset;
        string value = ReadString8(field);
        foreach (char c in value)
        {
            if (c > 0x7F)
            {
                throw ErrorAt(start, field, ProtocolErrorKind.InvalidValue, "non-ASCII character in an ASCII string");
            }
        }

        return value;
    }

    /// <summary>
    /// Reads a null-terminated UTF-16LE string ([MS-OXCDATA] 2.11.1 PtypString). Code units are kept
    /// as they are, unpaired surrogates included, so the value round-trips to identical bytes.
    /// </summary>
    public string ReadUnicodeString(string field)
    {
        ReadOnlySpan<byte> rest = buffer[position..];
        for (int i = 0; i + 1 < rest.Length; i += 2)
        {
            if (rest[i] == 0 && rest[i + 1] == 0)
            {
                string value = new(MemoryMarshal.Cast<byte, char>(rest[..i]));
                position += i + 2;
                return BitConverter.IsLittleEndian ? value : throw new PlatformNotSupportedException("big-endian host");
            }
        }

        throw Error(field, ProtocolErrorKind.Truncated, "no UTF-16 null terminator before the end of the buffer");
    }

    /// <summary>Reads a UTF-16LE string of a known byte length (no terminator inside the length).</summary>
    public string ReadUnicodeString(int byteCount, string field)
    {
        if (byteCount % 2 != 0)
        {
            throw Error(field, ProtocolErrorKind.InvalidValue, $"odd UTF-16 byte count {byteCount}");
        }

        ReadOnlySpan<byte> bytes = ReadSpan(byteCount, field);
        return new string(MemoryMarshal.Cast<byte, char>(bytes));
    }

    /// <summary>Fails when bytes remain; used where a container fixes a structure's length.</summary>
    public readonly void ExpectEnd(string field)
    {
        if (!End)
        {
            throw Error(field, ProtocolErrorKind.TrailingBytes, $"{Remaining} byte(s) left over");
        }
    }

    /// <summary>Creates a reader over the next <paramref name="count"/> bytes and skips them in this reader.</summary>
    public ProtocolReader Slice(int count, string field)
    {
        int at = Offset;
        ReadOnlySpan<byte> slice = ReadSpan(count, field);
        return new ProtocolReader(slice, at, Structure);
    }
}
