namespace Conformance.Protocol.IdSets;

using System.Buffers.Binary;
using System.Numerics;
using Conformance.Protocol.Encoding;

/// <summary>
/// The stack machine of [MS-OXCFXICS] 3.1.5.4.3.2 that turns a GLOBSET command stream into ranges.
/// Every rule the specification sets for a decoder is checked; a violation raises a
/// <see cref="ProtocolException"/> whose Field names the command and whose Offset is the command byte.
/// </summary>
/// <remarks>
/// The stream is run twice: a first pass on a copy of the reader validates it and counts the ranges,
/// a second pass fills an array of exactly that size. Each command of at least one byte yields at
/// most five ranges, so the allocation is bounded by the input and no range is ever expanded.
/// </remarks>
internal static class GlobsetDecoder
{
    public const string StructureName = "GLOBSET";

    public static Globset Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(StructureName);
        ProtocolReader probe = reader;
        int count = Run(ref probe, null);
        var ranges = new GlobcntRange[count];
        Run(ref reader, ranges);
        reader.Leave(outer);
        return Globset.Normalize(ranges);
    }

    private static int Run(ref ProtocolReader reader, GlobcntRange[]? sink)
    {
        // The common byte stack: the high-order bytes pushed so far, and the size of each Push so
        // that Pop removes exactly what the latest Push added ([MS-OXCFXICS] 2.2.2.6.2).
        Span<byte> stack = stackalloc byte[GlobsetCommand.GlobcntSize];
        Span<int> pushSizes = stackalloc int[GlobsetCommand.GlobcntSize];
        int depth = 0;
        int pushes = 0;
        int count = 0;

        while (true)
        {
            int at = reader.Offset;
            byte command = reader.ReadByte("Command");
            switch (command)
            {
                case GlobsetCommand.End:
                    // [MS-OXCFXICS] 3.1.5.4.3.1.5: End only follows once every pushed byte is popped.
                    if (depth != 0)
                    {
                        throw reader.ErrorAt(at, "End", ProtocolErrorKind.InvalidValue, $"End with {depth} byte(s) still on the common byte stack");
                    }

                    return count;

                case >= GlobsetCommand.PushFirst and <= GlobsetCommand.PushLast:
                {
                    int size = command;
                    if (depth + size > GlobsetCommand.GlobcntSize)
                    {
                        throw reader.ErrorAt(at, "Push", ProtocolErrorKind.InvalidValue, $"Push of {size} byte(s) onto {depth} would exceed the {GlobsetCommand.GlobcntSize} bytes of a GLOBCNT");
                    }

                    ReadOnlySpan<byte> bytes = reader.ReadSpan(size, "Push.CommonBytes");
                    bytes.CopyTo(stack[depth..]);
                    if (depth + size == GlobsetCommand.GlobcntSize)
                    {
                        // [MS-OXCFXICS] 3.1.5.4.3.1.1: a Push that completes a GLOBCNT is a singleton
                        // range, and its bytes leave the stack without a Pop.
                        ulong value = Compose(stack);
                        Add(sink, ref count, new GlobcntRange(value, value));
                    }
                    else
                    {
                        depth += size;
                        pushSizes[pushes++] = size;
                    }

                    break;
                }

                case GlobsetCommand.Pop:
                    if (pushes == 0)
                    {
                        throw reader.ErrorAt(at, "Pop", ProtocolErrorKind.InvalidValue, "Pop with an empty common byte stack");
                    }

                    depth -= pushSizes[--pushes];
                    break;

                case GlobsetCommand.Bitmask:
                {
                    // [MS-OXCFXICS] 3.1.5.4.3.2.3: only valid with exactly five bytes on the stack.
                    if (depth != GlobsetCommand.GlobcntSize - 1)
                    {
                        throw reader.ErrorAt(at, "Bitmask", ProtocolErrorKind.InvalidValue, $"Bitmask needs 5 bytes on the common byte stack, found {depth}");
                    }

                    byte startingValue = reader.ReadByte("Bitmask.StartingValue");
                    byte bitmask = reader.ReadByte("Bitmask.Bitmask");

                    // Bit n stands for StartingValue + n + 1 ([MS-OXCFXICS] 3.1.5.4.3.1.3). Those are
                    // low-order bytes below a fixed five-byte prefix, so they cannot pass 0xFF.
                    int highest = bitmask == 0 ? startingValue : startingValue + BitOperations.Log2(bitmask) + 1;
                    if (highest > byte.MaxValue)
                    {
                        throw reader.ErrorAt(at, "Bitmask", ProtocolErrorKind.InvalidValue, $"StartingValue 0x{startingValue:X2} with Bitmask 0x{bitmask:X2} reaches low-order value 0x{highest:X}, beyond 0xFF");
                    }

                    ulong prefix = Compose(stack) & ~0xFFUL;

                    // Bit 0 of the pattern is StartingValue itself; runs of set bits are ranges.
                    int pattern = 1 | (bitmask << 1);
                    int bit = 0;
                    while (pattern >> bit != 0)
                    {
                        if ((pattern >> bit & 1) == 0)
                        {
                            bit++;
                            continue;
                        }

                        int first = bit;
                        while ((pattern >> (bit + 1) & 1) != 0)
                        {
                            bit++;
                        }

                        Add(sink, ref count, new GlobcntRange(prefix | (uint)(startingValue + first), prefix | (uint)(startingValue + bit)));
                        bit++;
                    }

                    break;
                }

                case GlobsetCommand.Range:
                {
                    // [MS-OXCFXICS] 2.2.2.6.4: each value has the bytes the stack does not supply.
                    int width = GlobsetCommand.GlobcntSize - depth;
                    reader.ReadSpan(width, "Range.LowValue").CopyTo(stack[depth..]);
                    ulong low = Compose(stack);
                    reader.ReadSpan(width, "Range.HighValue").CopyTo(stack[depth..]);
                    ulong high = Compose(stack);

                    // [MS-OXCFXICS] 2.2.2.6.4: LowValue is at most HighValue.
                    if (low > high)
                    {
                        throw reader.ErrorAt(at, "Range", ProtocolErrorKind.InvalidValue, $"LowValue 0x{low:X12} is above HighValue 0x{high:X12}");
                    }

                    Add(sink, ref count, new GlobcntRange(low, high));
                    break;
                }

                default:
                    throw reader.ErrorAt(at, "Command", ProtocolErrorKind.InvalidValue, $"unknown GLOBSET command 0x{command:X2}");
            }
        }
    }

    private static void Add(GlobcntRange[]? sink, ref int count, GlobcntRange range)
    {
        if (sink is not null)
        {
            sink[count] = range;
        }

        count++;
    }

    /// <summary>The big-endian number of the six bytes in <paramref name="globcnt"/>.</summary>
    private static ulong Compose(ReadOnlySpan<byte> globcnt)
    {
        Span<byte> wide = stackalloc byte[8];
        wide[..2].Clear();
        globcnt.CopyTo(wide[2..]);
        return BinaryPrimitives.ReadUInt64BigEndian(wide);
    }
}
