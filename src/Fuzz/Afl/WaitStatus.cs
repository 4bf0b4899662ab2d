namespace Conformance.Fuzz.Afl;

/// <summary>
/// Wait statuses as AFL++ decodes them (WIFSIGNALED: the low 7 bits are the signal): a finding is reported as a
/// death by SIGABRT, which AFL++ counts as a crash (an exit code, 6 &lt;&lt; 8, would count as a normal exit).
/// </summary>
internal static class WaitStatus
{
    public const int Exited = 0;

    public const int Abort = 6;

    /// <summary>The status of a worker that died: .NET reports a signal death as 128 + signal.</summary>
    public static int OfDeadWorker(int exitCode) => exitCode > 128 && exitCode < 128 + 0x7F ? exitCode - 128 : Abort;
}
