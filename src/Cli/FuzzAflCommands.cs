namespace Conformance.Cli;

using System.CommandLine;
using System.Diagnostics;
using Conformance.Fuzz.Afl;
using Conformance.Fuzz.Afl.Targets;
using Conformance.Fuzz.Instrumentation;
using Conformance.Harness.Traceability;

/// <summary>
/// The AFL++ half of <c>conformance fuzz</c>: <c>instrument</c> (edge probes into an assembly), <c>run</c> (afl-fuzz on
/// a target with an instrumented build) and <c>afl-host</c> (what afl-fuzz starts: the fork server and the target).
/// </summary>
internal static class FuzzAflCommands
{
    private static readonly string TargetNames = string.Join(", ", FuzzTargets.All.Select(t => t.Name));

    /// <summary>Adds the commands under <c>fuzz</c>, creating it if the other half of the fuzzer has not.</summary>
    public static void AddTo(RootCommand root)
    {
        Command fuzz = root.Subcommands.FirstOrDefault(c => c.Name == "fuzz") ?? new Command("fuzz", "Fuzzing: coverage-guided (AFL++) and traffic");
        if (!root.Subcommands.Contains(fuzz))
        {
            root.Subcommands.Add(fuzz);
        }

        fuzz.Subcommands.Add(Instrument());
        fuzz.Subcommands.Add(Run());
        fuzz.Subcommands.Add(Host());
    }

    private static Command Instrument()
    {
        var assembly = new Argument<string>("assembly") { Description = "The assembly to instrument (its PDB beside it is rewritten too)" };
        var include = new Option<string[]>("--include") { Description = "Instrument only types whose full name starts with this (repeatable)" };
        var output = new Option<string?>("--out") { Description = "Where to write the instrumented assembly (default: in place)" };
        var command = new Command("instrument", "Insert AFL edge probes at every basic block of an assembly") { assembly, include, output };
        command.SetAction(result =>
        {
            string source = result.GetValue(assembly)!;
            try
            {
                InstrumentationResult done = AssemblyInstrumenter.Instrument(source, result.GetValue(output) ?? source, result.GetValue(include) ?? []);
                Console.WriteLine($"{done.OutputPath}: {done.Methods} methods, {done.Probes} probes{(done.Symbols ? ", symbols rewritten" : string.Empty)}");
                return 0;
            }
            catch (Exception error) when (error is AlreadyInstrumentedException or IOException or BadImageFormatException)
            {
                Console.Error.WriteLine(error.Message);
                return 2;
            }
        });
        return command;
    }

    private static Command Run()
    {
        var target = new Option<string>("--target") { Description = $"The target: {TargetNames}", Required = true };
        var duration = new Option<string>("--duration") { Description = "How long: 60s, 10m, 8h", DefaultValueFactory = _ => "10m" };
        var output = new Option<string?>("--out") { Description = "The work folder (default fuzz/out/<target>)" };
        var resume = new Option<bool>("--resume") { Description = "Continue the session in the work folder (afl-fuzz -i -)" };
        var supervise = new Option<bool>("--supervise") { Description = "Run the target in a restartable worker: survives hangs and stack overflows, slower" };
        var timeout = new Option<int>("--timeout-ms") { Description = "AFL++'s per-input time limit (-t)", DefaultValueFactory = _ => 1000 };
        var captures = new Option<string?>("--captures") { Description = "A capture folder whose recorded ROP input buffers seed the corpus" };
        var command = new Command("run", "Fuzz a target with AFL++ (needs afl-fuzz: apt-get install -y afl++). Exit 1 on findings")
        {
            target, duration, output, resume, supervise, timeout, captures,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            IFuzzTarget? chosen = FuzzTargets.Find(result.GetValue(target)!);
            if (chosen is null || !TryParseDuration(result.GetValue(duration)!, out TimeSpan length))
            {
                Console.Error.WriteLine($"unknown target or duration; targets: {TargetNames}; durations like 60s, 10m, 8h");
                return 2;
            }

            string root = HarnessPaths.RepositoryRoot(Directory.GetCurrentDirectory());
            var options = new AflRunOptions(chosen, length, Path.GetFullPath(result.GetValue(output) ?? Path.Combine(root, "fuzz", "out", chosen.Name)), root,
                result.GetValue(resume), result.GetValue(supervise), result.GetValue(timeout), result.GetValue(captures));
            try
            {
                return await new AflRunner(options, Console.Out).RunAsync(cancellationToken);
            }
            catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException or Conformance.Adapters.Capture.CaptureFormatException)
            {
                Console.Error.WriteLine(error.Message);
                return 2;
            }
        });
        return command;
    }

    private static Command Host()
    {
        var target = new Option<string>("--target") { Description = $"The target: {TargetNames}", Required = true };
        var input = new Option<string?>("--input") { Description = "Read the input from this file (AFL++'s @@) instead of standard input" };
        var supervise = new Option<bool>("--supervise") { Description = "Run the target in a worker process restarted after a hang or a stack overflow" };
        var worker = new Option<bool>("--worker") { Description = "Internal: the supervised worker", Hidden = true };
        var command = new Command("afl-host", "The fork server afl-fuzz starts; without AFL++, runs one input from standard input (exit 1 on a finding)")
        {
            target, input, supervise, worker,
        };
        command.SetAction(result =>
        {
            IFuzzTarget? chosen = FuzzTargets.Find(result.GetValue(target)!);
            if (chosen is null)
            {
                Console.Error.WriteLine($"unknown target; targets: {TargetNames}");
                return 2;
            }

            if (result.GetValue(worker))
            {
                return AflWorker.Run(chosen);
            }

            if (result.GetValue(supervise))
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!);
                if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
                {
                    start.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
                }

                foreach (string argument in Environment.GetCommandLineArgs().Skip(1).Where(a => a != "--supervise").Append("--worker"))
                {
                    start.ArgumentList.Add(argument);
                }

                using var supervisor = new AflSupervisor(start, result.GetValue(input), Console.Error);
                return supervisor.Run();
            }

            return AflHost.Run(chosen, result.GetValue(input), Console.Error);
        });
        return command;
    }

    private static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        if (text.Length < 2 || !int.TryParse(text[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value))
        {
            return false;
        }

        duration = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => default,
        };
        return duration > TimeSpan.Zero;
    }
}
