namespace Conformance.Protocol.IdSets;

using Conformance.Protocol.Data;

/// <summary>
/// An inclusive range of GLOBCNT values ([MS-OXCFXICS] 2.2.2.5), each the 48-bit number its six
/// big-endian bytes spell (as <see cref="ObjectId.GlobalCounter"/> keeps them).
/// </summary>
public readonly record struct GlobcntRange
{
    public GlobcntRange(ulong low, ulong high)
    {
        if (high > ObjectId.MaxGlobalCounter)
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"GLOBCNT 0x{high:X} exceeds 48 bits");
        }

        if (low > high)
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"low 0x{low:X} is above high 0x{high:X}");
        }

        Low = low;
        High = high;
    }

    public ulong Low { get; }

    public ulong High { get; }

    public bool IsSingleton => Low == High;

    /// <summary>The number of GLOBCNT values in the range (at most 2^48, so it fits a <see cref="ulong"/>).</summary>
    public ulong Count => High - Low + 1;

    public static GlobcntRange Single(ulong value) => new(value, value);

    public bool Contains(ulong value) => value >= Low && value <= High;

    public override string ToString() => IsSingleton ? $"{Low:X12}" : $"{Low:X12}-{High:X12}";
}
