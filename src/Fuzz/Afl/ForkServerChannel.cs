namespace Conformance.Fuzz.Afl;

/// <summary>
/// AFL++'s fork server protocol on the inherited descriptors 198 (control, AFL++ to us) and 199 (status, us to
/// AFL++), without forking (persistent mode): a 4-byte hello, then per input AFL++ writes 4 bytes (whether the
/// previous child timed out), we answer with a child pid, run the input and write its wait status. A hello without
/// FS_OPT_ENABLED (0x80000001) set asks for no options, which AFL++ 4.04c takes as the classic protocol with its
/// default 64 KiB map. A hello of FS_OPT_ENABLED | FS_OPT_SHDMEM_FUZZ (0x81000001) asks for inputs in shared memory
/// (<see cref="AflTestcaseMemory"/>); AFL++ confirms with the same 4 bytes on the control pipe before its first request.
/// </summary>
internal sealed unsafe class ForkServerChannel(int control, int status)
{
    public const int ControlDescriptor = 198;
    public const int StatusDescriptor = 199;

    /// <summary>The channel afl-fuzz sets up.</summary>
    public static ForkServerChannel Afl { get; } = new(ControlDescriptor, StatusDescriptor);

    /// <summary>The hello that asks for the shared-memory test case: FS_OPT_ENABLED with FS_OPT_SHDMEM_FUZZ.</summary>
    public const int SharedTestcaseHello = unchecked((int)0x81000001);

    /// <summary>
    /// Says hello; false when the descriptors are not open (not started by AFL++'s fork server), or when AFL++ does not
    /// confirm the shared-memory test case that <paramref name="sharedTestcase"/> asks for.
    /// </summary>
    public bool TryHello(bool sharedTestcase = false)
    {
        if (!sharedTestcase)
        {
            return TryWrite(0);
        }

        int confirmation;
        return TryWrite(SharedTestcaseHello) && LibC.read(control, (byte*)&confirmation, 4) == 4 && confirmation == SharedTestcaseHello;
    }

    /// <summary>Waits for AFL++'s next request; false when AFL++ has gone (end of file).</summary>
    public bool WaitForRequest()
    {
        int value;
        return LibC.read(control, (byte*)&value, 4) == 4;
    }

    public void ReportPid(int pid) => Write(pid);

    public void ReportStatus(int waitStatus) => Write(waitStatus);

    private void Write(int value)
    {
        if (!TryWrite(value))
        {
            throw new IOException("AFL++'s status pipe is closed");
        }
    }

    private bool TryWrite(int value) => LibC.write(status, (byte*)&value, 4) == 4;
}
