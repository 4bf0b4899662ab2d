namespace Conformance.Fuzz.Afl;

using System.Diagnostics;
using Conformance.Fuzz.Afl.Targets;

/// <summary>
/// Runs the target on the empty input and on the campaign's seeds before the fork server says hello. In persistent
/// mode the process lives on, so a path taken only on first use (a static constructor, a cache filled once, the JIT's
/// first call) would otherwise be seen by one execution and not the next: AFL++ counts such edges as unstable, and
/// charges them to whichever input came first. The folder is named by <see cref="Variable"/> (the runner sets it to the
/// seeds, or the queue when resuming); the warm-up stops after <see cref="MaximumInputs"/> inputs or
/// <see cref="MaximumTime"/>.
/// </summary>
internal static class AflWarmUp
{
    public const string Variable = "CONFORMANCE_FUZZ_WARMUP";

    public const int MaximumInputs = 2000;

    public static readonly TimeSpan MaximumTime = TimeSpan.FromSeconds(20);

    public static void Run(IFuzzTarget target, TextWriter log)
    {
        FuzzTargets.Execute(target, []);
        string? folder = Environment.GetEnvironmentVariable(Variable);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        int count = 0;
        foreach (string file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (count >= MaximumInputs || clock.Elapsed > MaximumTime)
            {
                break;
            }

            if (new FileInfo(file).Length <= AflTestcaseMemory.MaximumLength)
            {
                FuzzTargets.Execute(target, File.ReadAllBytes(file));
                count++;
            }
        }

        log.WriteLine($"warm-up: {count} input(s) from {folder} in {clock.Elapsed.TotalMilliseconds:F0} ms");
    }
}
