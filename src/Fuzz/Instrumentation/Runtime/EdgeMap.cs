namespace Conformance.Fuzz.Runtime;

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

/// <summary>
/// The AFL edge map the probes update: <c>map[cur ^ prev]++; prev = cur &gt;&gt; 1</c>, where cur is a basic block's
/// ID. It points at a private buffer until a host attaches AFL++'s shared memory, so instrumented code runs anywhere.
/// </summary>
public static unsafe class EdgeMap
{
    /// <summary>The map's size: 64 KiB, AFL's classic MAP_SIZE; block IDs are below it.</summary>
    public const int Size = 1 << 16;

    private static byte* map = (byte*)NativeMemory.AllocZeroed(Size);
    private static int previous;

    /// <summary>The map in use (AFL++'s shared memory once attached).</summary>
    public static byte* Map => map;

    /// <summary>Points the probes at <paramref name="memory"/> (at least <see cref="Size"/> bytes).</summary>
    public static void Attach(byte* memory) => map = memory;

    /// <summary>Starts a new input: the first block's edge then does not depend on where the last input ended.</summary>
    public static void Reset() => previous = 0;

    /// <summary>Zeroes the map, as AFL++ does before each input (tests and single runs).</summary>
    public static void Clear() => new Span<byte>(map, Size).Clear();

    /// <summary>A copy of the map (tests: which edges an input took).</summary>
    public static byte[] Snapshot() => new ReadOnlySpan<byte>(map, Size).ToArray();

    /// <summary>The probe at a basic block's first instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Hit(int block)
    {
        map[(block ^ previous) & (Size - 1)]++;
        previous = block >> 1;
    }
}
