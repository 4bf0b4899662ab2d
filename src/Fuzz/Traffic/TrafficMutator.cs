namespace Conformance.Fuzz.Traffic;

using System.Buffers.Binary;

/// <summary>
/// Field-level mutation of a case, on the ROP boundaries the case keeps: counts and sizes (WORD/DWORD values at the
/// edges), handle indexes (bytes 2 and 3 of most ROPs, [MS-OXCROPS] 2.2), property tags and types, flag bytes,
/// truncation and extension, ROP-list edits (drop, duplicate, swap, splice from another case), the handle table's length
/// and the RopSize field. Every result stays within <see cref="TrafficCase.MaximumRopsLength"/> and 255 handle slots.
/// </summary>
public static class TrafficMutator
{
    /// <summary>The most ROP bytes a mutated case carries (well under a WORD RopSize and a 32 KB buffer).</summary>
    public const int MaximumLength = 0x7000;

    /// <summary>The most handle table entries a mutated case sends.</summary>
    public const int MaximumHandleSlots = 255;

    private static readonly ushort[] InterestingWords = [0, 1, 2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF];

    private static readonly uint[] InterestingDwords = [0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF, 0x8000, 0x10000];

    // [MS-OXCDATA] 2.11.1 types, the multi-valued flag, and a few undefined ones.
    private static readonly ushort[] PropertyTypes = [0x0000, 0x0001, 0x0002, 0x0003, 0x0005, 0x000A, 0x000B, 0x000D, 0x0014, 0x001E, 0x001F, 0x0040, 0x0048, 0x00FB, 0x00FD, 0x00FE, 0x0102, 0x1003, 0x101F, 0x1102, 0x2000, 0xFFFF];

    /// <summary>One to <paramref name="maximumSteps"/> mutations of <paramref name="source"/>; <paramref name="donor"/> lends ROPs to splice.</summary>
    public static TrafficCase Mutate(TrafficCase source, Random random, TrafficCase? donor = null, int maximumSteps = 4)
    {
        var rops = source.Rops.Select(r => (byte[])r.Clone()).ToList();
        var slots = source.HandleSlots.ToList();
        int ropSizeDelta = source.RopSizeDelta;
        int steps = random.Next(1, maximumSteps + 1);
        for (int step = 0; step < steps; step++)
        {
            int choice = random.Next(14);
            if (rops.Count == 0 && choice < 9)
            {
                choice = 9;
            }

            switch (choice)
            {
                case 0: // a byte anywhere
                    MutateRop(rops, random, (rop, at) => rop[at] = (byte)random.Next(256));
                    break;
                case 1: // a bit
                    MutateRop(rops, random, (rop, at) => rop[at] ^= (byte)(1 << random.Next(8)));
                    break;
                case 2: // a count or size
                    MutateRop(rops, random, (rop, at) => Write16(rop, at, InterestingWords[random.Next(InterestingWords.Length)]));
                    break;
                case 3: // a DWORD size, flag set or property value
                    MutateRop(rops, random, (rop, at) => Write32(rop, at, InterestingDwords[random.Next(InterestingDwords.Length)]));
                    break;
                case 4: // a handle index (InputHandleIndex, OutputHandleIndex in most layouts)
                    MutateRop(rops, random, (rop, _) =>
                    {
                        int at = 2 + random.Next(2);
                        if (at < rop.Length)
                        {
                            rop[at] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)random.Next(Math.Max(1, slots.Count + 1));
                        }
                    });
                    break;
                case 5: // a property type (the low WORD of a PropertyTag)
                    MutateRop(rops, random, (rop, at) => Write16(rop, at, PropertyTypes[random.Next(PropertyTypes.Length)]));
                    break;
                case 6: // truncate a ROP
                    MutateRop(rops, random, (rop, _) => { }, rop => rop.Length > 1 ? rop[..random.Next(1, rop.Length)] : rop);
                    break;
                case 7: // extend a ROP
                    MutateRop(rops, random, (rop, _) => { }, rop => [.. rop, .. RandomBytes(random, random.Next(1, 9))]);
                    break;
                case 8: // drop or duplicate or swap ROPs
                    EditList(rops, random);
                    break;
                case 9: // splice a ROP from the donor or a random buffer
                    byte[] spliced = donor is { Rops.Count: > 0 } ? (byte[])donor.Rops[random.Next(donor.Rops.Count)].Clone() : RandomBytes(random, random.Next(2, 12));
                    rops.Insert(random.Next(rops.Count + 1), spliced);
                    break;
                case 10: // handle table length
                    if (random.Next(2) == 0 && slots.Count > 0)
                    {
                        slots.RemoveAt(random.Next(slots.Count));
                    }
                    else
                    {
                        slots.Add(random.Next(3) == 0 ? InterestingDwords[random.Next(InterestingDwords.Length)] : TrafficCase.Prelude(random.Next(3)));
                    }

                    break;
                case 11: // a handle value
                    if (slots.Count > 0)
                    {
                        slots[random.Next(slots.Count)] = random.Next(2) == 0 ? (uint)random.NextInt64(0, uint.MaxValue) : TrafficCase.Prelude(random.Next(3));
                    }

                    break;
                case 12: // RopSize lies
                    ropSizeDelta = random.Next(4) == 0 ? random.Next(-0x10000, 0x10000) : random.Next(-4, 5);
                    break;
                default: // LogonId
                    MutateRop(rops, random, (rop, _) =>
                    {
                        if (rop.Length > 1)
                        {
                            rop[1] = (byte)random.Next(256);
                        }
                    });
                    break;
            }
        }

        return Bound(new TrafficCase(rops, slots, ropSizeDelta));
    }

    /// <summary>Clamps a case to the mutator's bounds (length, handle slots, RopSize delta).</summary>
    public static TrafficCase Bound(TrafficCase trafficCase)
    {
        var rops = new List<byte[]>();
        int total = 0;
        foreach (byte[] rop in trafficCase.Rops)
        {
            if (total + rop.Length > MaximumLength)
            {
                break;
            }

            rops.Add(rop);
            total += rop.Length;
        }

        int delta = Math.Clamp(trafficCase.RopSizeDelta, -(2 + total), ushort.MaxValue - 2 - total);
        return new TrafficCase(rops, [.. trafficCase.HandleSlots.Take(MaximumHandleSlots)], delta);
    }

    private static void MutateRop(List<byte[]> rops, Random random, Action<byte[], int> change, Func<byte[], byte[]>? replace = null)
    {
        if (rops.Count == 0)
        {
            return;
        }

        int index = random.Next(rops.Count);
        byte[] rop = rops[index];
        if (replace is not null)
        {
            rops[index] = replace(rop);
            return;
        }

        if (rop.Length > 0)
        {
            // Byte 0 is the RopId: changing it is mostly noise, so the body is favoured.
            int at = rop.Length > 2 && random.Next(8) != 0 ? random.Next(1, rop.Length) : random.Next(rop.Length);
            change(rop, at);
        }
    }

    private static void EditList(List<byte[]> rops, Random random)
    {
        int index = random.Next(rops.Count);
        switch (random.Next(3))
        {
            case 0:
                rops.RemoveAt(index);
                break;
            case 1:
                rops.Insert(index, (byte[])rops[index].Clone());
                break;
            default:
                int other = random.Next(rops.Count);
                (rops[index], rops[other]) = (rops[other], rops[index]);
                break;
        }
    }

    private static void Write16(byte[] rop, int at, ushort value)
    {
        if (at + 2 <= rop.Length)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(rop.AsSpan(at), value);
        }
    }

    private static void Write32(byte[] rop, int at, uint value)
    {
        if (at + 4 <= rop.Length)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(rop.AsSpan(at), value);
        }
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
