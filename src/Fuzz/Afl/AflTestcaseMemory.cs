namespace Conformance.Fuzz.Afl;

using System.Globalization;
using System.Runtime.InteropServices;

/// <summary>
/// AFL++'s shared-memory test case: when afl-fuzz can deliver inputs in memory it names a second SysV segment in
/// __AFL_SHM_FUZZ_ID, and writes each input there (a 4-byte length, then the bytes) instead of into its .cur_input
/// file, which saves a file write on its side and the reads on ours for every execution.
/// </summary>
internal static unsafe class AflTestcaseMemory
{
    public const string Variable = "__AFL_SHM_FUZZ_ID";

    /// <summary>AFL++'s largest input (MAX_FILE, 1 MiB): a length above it in the segment is not trusted.</summary>
    public const int MaximumLength = 1 << 20;

    /// <summary>True when afl-fuzz offers the segment.</summary>
    public static bool Present => Environment.GetEnvironmentVariable(Variable) is not null;

    /// <summary>Attaches the segment; its first 4 bytes hold the input's length.</summary>
    public static byte* Attach()
    {
        int id = int.Parse(Environment.GetEnvironmentVariable(Variable)!, CultureInfo.InvariantCulture);
        nint address = LibC.shmat(id, 0, 0);
        if (address == -1)
        {
            throw new IOException($"shmat({id}) of the test case segment failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return (byte*)address;
    }
}
