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
        var input = new AflInput(inputPath);
        if (!AflSharedMemory.Present)
        {
            return RunOnce(target, inputPath is null ? ReadStandardInput() : File.ReadAllBytes(inputPath), log);
        }

        AflSharedMemory.Attach();

        // Warm-up: the first run JIT-compiles the target; its edges must not be charged to AFL++'s first input.
        FuzzTargets.Execute(target, []);
        if (!ForkServerChannel.TryHello())
        {
            log.WriteLine("__AFL_SHM_ID is set but the fork server descriptors 198/199 are not open; running once");
            return RunOnce(target, input.Read().ToArray(), log);
        }

        int pid = Environment.ProcessId;
        while (ForkServerChannel.WaitForRequest())
        {
            ForkServerChannel.ReportPid(pid);
            EdgeMap.Reset();
            Exception? finding = FuzzTargets.Execute(target, input.Read());
            ForkServerChannel.ReportStatus(finding is null ? WaitStatus.Exited : WaitStatus.Abort);
        }

        return 0;
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
