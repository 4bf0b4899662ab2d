namespace Conformance.Protocol.IdSets;

using Conformance.Protocol.Encoding;

/// <summary>
/// Writes the canonical command stream of a normalized GLOBSET ([MS-OXCFXICS] 3.1.5.4.3.1). The
/// output depends only on the set, so encode(decode(x)) is a fixed point.
/// </summary>
/// <remarks>
/// <para>The rules, applied recursively with the common byte stack holding <c>depth</c> bytes:</para>
/// <list type="bullet">
/// <item>Consecutive ranges whose low and high values share the byte at position <c>depth</c> form a
/// group; a group of two or more pushes the longest prefix all of them share, is encoded one level
/// deeper, then popped (the specification recommends pushing shared high-order bytes).</item>
/// <item>A range on its own is a Push of the remaining bytes when it is a single value (the Push
/// completes the GLOBCNT and needs no Pop), otherwise its own shared prefix is pushed (if longer
/// than the stack) followed by a Range command and a Pop.</item>
/// <item>With five bytes on the stack, a run of ranges that all lie within StartingValue + 8 and hold
/// more than one range becomes one Bitmask command; a lone single value becomes a one-byte Push
/// and any other lone range a Range command.</item>
/// </list>
/// <para>A valid stream from elsewhere can differ from this output while meaning the same set: it can
/// push fewer or more bytes, list ranges out of order, overlap or split them, or use a Range where a
/// Bitmask fits. Decoding normalizes all of these, so only the set survives a round trip.</para>
/// </remarks>
internal static class GlobsetEncoder
{
    private const int Size = GlobsetCommand.GlobcntSize;

    public static void Encode(ProtocolWriter writer, ReadOnlySpan<GlobcntRange> ranges)
    {
        EncodeGroup(writer, ranges, 0);
        writer.WriteByte(GlobsetCommand.End);
    }

    /// <summary>Encodes ranges that share their first <paramref name="depth"/> bytes, which are on the stack.</summary>
    private static void EncodeGroup(ProtocolWriter writer, ReadOnlySpan<GlobcntRange> ranges, int depth)
    {
        int i = 0;
        while (i < ranges.Length)
        {
            if (depth == Size - 1)
            {
                i += EncodeLowOrder(writer, ranges[i..]);
                continue;
            }

            GlobcntRange first = ranges[i];
            byte shared = ByteAt(first.Low, depth);
            if (ByteAt(first.High, depth) != shared)
            {
                EncodeAlone(writer, first, depth);
                i++;
                continue;
            }

            int end = i + 1;
            while (end < ranges.Length && ByteAt(ranges[end].Low, depth) == shared && ByteAt(ranges[end].High, depth) == shared)
            {
                end++;
            }

            if (end - i == 1)
            {
                EncodeAlone(writer, first, depth);
            }
            else
            {
                ReadOnlySpan<GlobcntRange> group = ranges[i..end];
                int common = CommonPrefix(group[0].Low, group[^1].High);
                Push(writer, group[0].Low, depth, common);
                EncodeGroup(writer, group, common);
                writer.WriteByte(GlobsetCommand.Pop);
            }

            i = end;
        }
    }

    private static void EncodeAlone(ProtocolWriter writer, GlobcntRange range, int depth)
    {
        int common = CommonPrefix(range.Low, range.High);
        if (common == Size)
        {
            Push(writer, range.Low, depth, Size);
        }
        else if (common > depth)
        {
            Push(writer, range.Low, depth, common);
            WriteRange(writer, range, common);
            writer.WriteByte(GlobsetCommand.Pop);
        }
        else
        {
            WriteRange(writer, range, depth);
        }
    }

    /// <summary>Encodes the first ranges below a five-byte prefix and returns how many it consumed.</summary>
    private static int EncodeLowOrder(ProtocolWriter writer, ReadOnlySpan<GlobcntRange> ranges)
    {
        int start = ByteAt(ranges[0].Low, Size - 1);
        int taken = 0;
        while (taken < ranges.Length && ByteAt(ranges[taken].High, Size - 1) - start <= 8)
        {
            taken++;
        }

        if (taken <= 1)
        {
            EncodeAlone(writer, ranges[0], Size - 1);
            return 1;
        }

        int bitmask = 0;
        foreach (GlobcntRange range in ranges[..taken])
        {
            for (int value = ByteAt(range.Low, Size - 1); value <= ByteAt(range.High, Size - 1); value++)
            {
                if (value != start)
                {
                    bitmask |= 1 << (value - start - 1);
                }
            }
        }

        writer.WriteByte(GlobsetCommand.Bitmask);
        writer.WriteByte((byte)start);
        writer.WriteByte((byte)bitmask);
        return taken;
    }

    private static void Push(ProtocolWriter writer, ulong value, int from, int to)
    {
        writer.WriteByte((byte)(to - from));
        for (int position = from; position < to; position++)
        {
            writer.WriteByte(ByteAt(value, position));
        }
    }

    private static void WriteRange(ProtocolWriter writer, GlobcntRange range, int depth)
    {
        writer.WriteByte(GlobsetCommand.Range);
        for (int position = depth; position < Size; position++)
        {
            writer.WriteByte(ByteAt(range.Low, position));
        }

        for (int position = depth; position < Size; position++)
        {
            writer.WriteByte(ByteAt(range.High, position));
        }
    }

    /// <summary>Byte <paramref name="position"/> (0 = highest order) of a six-byte GLOBCNT.</summary>
    private static byte ByteAt(ulong value, int position) => (byte)(value >> (8 * (Size - 1 - position)));

    private static int CommonPrefix(ulong a, ulong b)
    {
        int length = 0;
        while (length < Size && ByteAt(a, length) == ByteAt(b, length))
        {
            length++;
        }

        return length;
    }
}
