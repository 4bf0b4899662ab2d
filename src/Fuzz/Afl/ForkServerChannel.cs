namespace Conformance.Fuzz.Afl;

/// <summary>
/// AFL++'s fork server protocol on the inherited descriptors 198 (control, AFL++ to us) and 199 (status, us to
/// AFL++), without forking (persistent mode): a 4-byte hello, then per input AFL++ writes 4 bytes (whether the
/// previous child timed out), we answer with a child pid, run the input and write its wait status. A hello without
/// FS_OPT_ENABLED (0x80000001) set asks for no options, which AFL++ 4.04c takes as the classic protocol with its
/// default 64 KiB map.
/// </summary>
internal sealed unsafe class ForkServerChannel(int control, int status)
{
    public const int ControlDescriptor = 198;
    public const int StatusDescriptor = 199;

    /// <summary>The channel afl-fuzz sets up.</summary>
    public static ForkServerChannel Afl { get; } = new(ControlDescriptor, StatusDescriptor);

    /// <summary>Says hello; false when the descriptors are not open (not started by AFL++'s fork server).</summary>
    public bool TryHello() => TryWrite(0);

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
