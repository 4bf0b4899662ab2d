namespace Conformance.Fuzz.Afl;

using System.Globalization;
using System.Runtime.InteropServices;
using Conformance.Fuzz.Runtime;

/// <summary>AFL++'s edge map: the SysV shared memory segment named by __AFL_SHM_ID, attached and handed to the probes.</summary>
internal static unsafe class AflSharedMemory
{
    public const string Variable = "__AFL_SHM_ID";

    /// <summary>True when this process runs under AFL++ (the variable is set).</summary>
    public static bool Present => Environment.GetEnvironmentVariable(Variable) is not null;

    /// <summary>Attaches the segment and points <see cref="EdgeMap"/> at it.</summary>
    public static void Attach()
    {
        int id = int.Parse(Environment.GetEnvironmentVariable(Variable)!, CultureInfo.InvariantCulture);
        nint address = LibC.shmat(id, 0, 0);
        if (address == -1)
        {
            throw new IOException($"shmat({id}) failed: errno {Marshal.GetLastPInvokeError()}");
        }

        EdgeMap.Attach((byte*)address);
    }
}
