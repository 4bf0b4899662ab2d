using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Conformance.Protocol.Encoding;

/// <summary>
/// A growable little-endian writer on a pooled array. Sizes that precede their content
/// (RopSize, PropertyValueSize) are written as placeholders with <see cref="Reserve16"/> and
/// patched afterwards, so nothing is encoded twice.
/// </summary>
public sealed class ProtocolWriter : IDisposable
{
    private byte[] buffer;
    private int position;

    public ProtocolWriter(int initialCapacity = 256)
    {
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));
    }

    public int Position => position;

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, position);

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, position);

    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Forgets what was written, keeping the rented array for reuse.</summary>
    public void Reset() => position = 0;

    /// <summary>Drops what was written after <paramref name="length"/> bytes (an encoded part that turned out not to fit).</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, position);
        position = length;
    }

    public void Dispose()
    {
        byte[] rented = buffer;
        buffer = [];
        position = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private Span<byte> Grow(int count)
    {
        if (buffer.Length - position < count)
        {
            int size = Math.Max(buffer.Length * 2, position + count);
            byte[] larger = ArrayPool<byte>.Shared.Rent(size);
            buffer.AsSpan(0, position).CopyTo(larger);
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            buffer = larger;
        }

        Span<byte> span = buffer.AsSpan(position, count);
        position += count;
        return span;
    }

    public void WriteByte(byte value) => Grow(1)[0] = value;

    public void WriteBoolean(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Grow(2), value);

    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Grow(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Grow(4), value);

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Grow(4), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Grow(8), value);

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Grow(8), value);

    public void WriteSingle(float value) => WriteInt32(BitConverter.SingleToInt32Bits(value));

    public void WriteDouble(double value) => WriteInt64(BitConverter.DoubleToInt64Bits(value));

    public void WriteGuid(Guid value)
    {
        if (!value.TryWriteBytes(Grow(16)))
        {
            throw new InvalidOperationException("GUID did not fit 16 bytes");
        }
    }

    public void WriteBytes(ReadOnlySpan<byte> value) => value.CopyTo(Grow(value.Length));

    /// <summary>Writes a null-terminated 8-bit string; chars above U+00FF cannot be encoded.</summary>
    public void WriteString8(string value)
    {
        Span<byte> target = Grow(value.Length + 1);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c > 0xFF)
            {
                throw new ArgumentException($"character U+{(int)c:X4} at index {i} does not fit an 8-bit string", nameof(value));
            }

            if (c == 0)
            {
                throw new ArgumentException($"embedded null at index {i} would end the string early", nameof(value));
            }

            target[i] = (byte)c;
        }

        target[value.Length] = 0;
    }

    /// <summary>Writes a null-terminated UTF-16LE string, code units as they are.</summary>
    public void WriteUnicodeString(string value)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("embedded null would end the string early", nameof(value));
        }

        WriteUnicodeCharacters(value);
        WriteUInt16(0);
    }

    /// <summary>Writes UTF-16LE code units with no terminator.</summary>
    private void WriteUnicodeCharacters(string value) =>
        WriteBytes(MemoryMarshal.AsBytes(value.AsSpan()));

    /// <summary>Writes a two-byte placeholder and returns its position for <see cref="Patch16"/>.</summary>
    public int Reserve16()
    {
        int at = position;
        WriteUInt16(0);
        return at;
    }

    /// <summary>Writes a four-byte placeholder and returns its position for <see cref="Patch32"/>.</summary>
    public int Reserve32()
    {
        int at = position;
        WriteUInt32(0);
        return at;
    }

    public void Patch16(int at, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(at, 2), value);

    public void Patch32(int at, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(at, 4), value);

    /// <summary>Patches a 16-bit size with the bytes written since <paramref name="start"/>; fails if it does not fit.</summary>
    public void PatchLength16(int at, int start, string field)
    {
        int length = position - start;
        if (length > ushort.MaxValue)
        {
            throw new InvalidOperationException($"{field} of {length} bytes does not fit 16 bits");
        }

        Patch16(at, (ushort)length);
    }

    /// <summary>Writes a 16-bit count; fails when the collection is too large for the field.</summary>
    public void WriteCount16(int count, string field)
    {
        if ((uint)count > ushort.MaxValue)
        {
            throw new InvalidOperationException($"{field} of {count} does not fit 16 bits");
        }

        WriteUInt16((ushort)count);
    }
}
