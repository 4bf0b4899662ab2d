namespace Conformance.Protocol.IdSets;

using Conformance.Protocol.Encoding;

/// <summary>
/// A set of GLOBCNT values ([MS-OXCFXICS] 2.2.2.6), held as sorted, disjoint, non-adjacent
/// inclusive ranges. Ranges stay ranges: a million-value range costs one element, whatever the wire
/// encoding claimed. Two GLOBSETs are equal when they hold the same values.
/// </summary>
public sealed record Globset
{
    private static readonly IComparer<GlobcntRange> ByLow = Comparer<GlobcntRange>.Create((a, b) => a.Low.CompareTo(b.Low));

    private Globset(ValueArray<GlobcntRange> ranges) => Ranges = ranges;

    public static Globset Empty { get; } = new(ValueArray<GlobcntRange>.Empty);

    /// <summary>The normalized ranges in ascending order; neighbours are at least two apart.</summary>
    public ValueArray<GlobcntRange> Ranges { get; }

    public bool IsEmpty => Ranges.Count == 0;

    /// <summary>The number of GLOBCNT values in the set (at most 2^48).</summary>
    public ulong Count
    {
        get
        {
            ulong total = 0;
            foreach (GlobcntRange range in Ranges.AsSpan())
            {
                total += range.Count;
            }

            return total;
        }
    }

    /// <summary>The union of <paramref name="ranges"/>, in any order, overlapping or not.</summary>
    public static Globset FromRanges(IEnumerable<GlobcntRange> ranges) => Normalize([.. ranges]);

    public static Globset FromCounters(IEnumerable<ulong> counters) => Normalize([.. counters.Select(GlobcntRange.Single)]);

    public bool Contains(ulong counter)
    {
        ReadOnlySpan<GlobcntRange> ranges = Ranges.AsSpan();
        int low = 0;
        int high = ranges.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (counter < ranges[middle].Low)
            {
                high = middle - 1;
            }
            else if (counter > ranges[middle].High)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Decodes a serialized GLOBSET up to and including its End command.</summary>
    public static Globset Decode(ref ProtocolReader reader) => GlobsetDecoder.Decode(ref reader);

    /// <summary>Decodes a buffer that holds exactly one serialized GLOBSET.</summary>
    public static Globset FromBytes(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtocolReader(bytes, 0, GlobsetDecoder.StructureName);
        Globset value = Decode(ref reader);
        reader.ExpectEnd("End");
        return value;
    }

    /// <summary>Writes the canonical command stream of this set (see <see cref="GlobsetEncoder"/>).</summary>
    public void Encode(ProtocolWriter writer) => GlobsetEncoder.Encode(writer, Ranges.AsSpan());

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter(16);
        Encode(writer);
        return writer.ToArray();
    }

    public override string ToString() => $"{{{string.Join(", ", Ranges)}}}";

    /// <summary>Sorts and merges <paramref name="ranges"/> in place; takes ownership of the array.</summary>
    internal static Globset Normalize(GlobcntRange[] ranges)
    {
        if (ranges.Length == 0)
        {
            return Empty;
        }

        if (!IsSorted(ranges))
        {
            Array.Sort(ranges, ByLow);
        }

        int kept = 0;
        for (int i = 1; i < ranges.Length; i++)
        {
            GlobcntRange last = ranges[kept];
            GlobcntRange next = ranges[i];

            // High + 1 cannot overflow: a GLOBCNT has 48 bits.
            if (next.Low <= last.High + 1)
            {
                ranges[kept] = new GlobcntRange(last.Low, Math.Max(last.High, next.High));
            }
            else
            {
                ranges[++kept] = next;
            }
        }

        kept++;
        return new Globset(kept == ranges.Length ? ranges : ranges[..kept]);
    }

    private static bool IsSorted(GlobcntRange[] ranges)
    {
        for (int i = 1; i < ranges.Length; i++)
        {
            if (ranges[i].Low < ranges[i - 1].Low)
            {
                return false;
            }
        }

        return true;
    }
}
