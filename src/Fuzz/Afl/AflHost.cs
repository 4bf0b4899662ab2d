namespace Conformance.Fuzz.Afl;

using Conformance.Fuzz.Afl.Targets;
using Conformance.Fuzz.Runtime;

/// <summary>
/// Runs a target for AFL++ in one process (persistent mode, as SharpFuzz does: the fork server never forks), or once
/// on standard input when not under AFL++. Exit status of a single run: 0 no finding, 1 finding.
/// </summary>
public static class AflHost
{
    /// <param name="inputPath">The input file when AFL++ passes one (@@); null for standard input.</param>
    public static int Run(IFuzzTarget target, string? inputPath, TextWriter log)
    {
        if (!AflSharedMemory.Present)
        {
            return RunOnce(target, inputPath is null ? ReadStandardInput() : File.ReadAllBytes(inputPath), log);
        }

        // Warm-up, before the probes write to AFL++'s map: see AflWarmUp.
        AflWarmUp.Run(target, log);
        AflSharedMemory.Attach();
        AflInput input = AflInput.UnderAfl(inputPath);
        if (!Serve(target, input, ForkServerChannel.Afl))
        {
            log.WriteLine("__AFL_SHM_ID is set but the fork server descriptors 198/199 are not open; running once");
            return RunOnce(target, input.Read().ToArray(), log);
        }

        return 0;
    }

    /// <summary>The persistent loop: hello, then per request our pid, one run, its status. False when the hello cannot be sent.</summary>
    internal static bool Serve(IFuzzTarget target, AflInput input, ForkServerChannel channel)
    {
        if (!channel.TryHello(input.IsShared))
        {
            return false;
        }

        int pid = Environment.ProcessId;
        while (channel.WaitForRequest())
        {
            channel.ReportPid(pid);
            EdgeMap.Reset();
            Exception? finding = FuzzTargets.Execute(target, input.Read());
            channel.ReportStatus(finding is null ? WaitStatus.Exited : WaitStatus.Abort);
        }

        return true;
    }

    public static int RunOnce(IFuzzTarget target, ReadOnlySpan<byte> input, TextWriter log)
    {
        Exception? finding = FuzzTargets.Execute(target, input);
        if (finding is null)
        {
            return 0;
        }

        log.WriteLine($"finding in {target.Name} ({input.Length} bytes): {finding}");
        return 1;
    }

    private static byte[] ReadStandardInput()
    {
        using Stream stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}
