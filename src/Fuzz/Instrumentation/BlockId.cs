namespace Conformance.Fuzz.Instrumentation;

/// <summary>
/// A basic block's ID in the edge map: FNV-1a of the method's full name and the block's IL offset, folded to 16 bits.
/// Stable across builds of the same code, so a corpus stays meaningful when the fuzzer is restarted.
/// </summary>
internal static class BlockId
{
    public static int Of(string methodFullName, int ilOffset)
    {
        uint hash = 2166136261;
        foreach (char c in methodFullName)
        {
            hash = (hash ^ c) * 16777619;
        }

        for (int shift = 0; shift < 32; shift += 8)
        {
            hash = (hash ^ (byte)(ilOffset >> shift)) * 16777619;
        }

        return (int)((hash ^ (hash >> 16)) & 0xFFFF);
    }
}
