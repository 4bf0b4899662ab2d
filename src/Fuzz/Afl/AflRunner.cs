namespace Conformance.Fuzz.Afl;

using System.Diagnostics;
using System.Security.Cryptography;
using Conformance.Adapters.Capture;
using Conformance.Fuzz.Afl.Targets;
using Conformance.Fuzz.Instrumentation;

/// <summary>
/// <c>conformance fuzz run</c>: copies this build into a work folder with the target's assemblies instrumented,
/// gathers seeds (fuzz/seeds/&lt;target&gt; and recorded traffic), runs afl-fuzz with the ROP dictionary, shows its
/// progress, stops it at the duration or on cancellation, and copies each crash to fuzz/regressions/&lt;target&gt;.
/// </summary>
public sealed class AflRunner(AflRunOptions options, TextWriter log)
{
    /// <summary>0 when AFL++ found nothing, 1 on findings, 2 when AFL++ could not run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        string afl = FindOnPath("afl-fuzz") ?? throw new FileNotFoundException("afl-fuzz is not installed (apt-get install -y afl++)");
        Directory.CreateDirectory(options.OutputFolder);
        string findings = Path.Combine(options.OutputFolder, "findings");
        if (!options.Resume && Directory.Exists(Path.Combine(findings, "default")))
        {
            log.WriteLine($"{findings} holds an earlier session: pass --resume to continue it, or remove it");
            return 2;
        }

        string build = PrepareBuild();
        string seeds = options.Resume ? "-" : PrepareSeeds();
        string dictionary = Path.Combine(options.RepositoryRoot, "fuzz", "dictionaries", "rop.dict");
        var start = new ProcessStartInfo(afl) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-i", seeds, "-o", findings, "-t", options.TimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "-m", "none", "-V", ((int)Math.Ceiling(options.Duration.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        if (File.Exists(dictionary))
        {
            start.ArgumentList.Add("-x");
            start.ArgumentList.Add(dictionary);
        }

        start.ArgumentList.Add("--");
        start.ArgumentList.Add(Path.Combine(build, "conformance"));
        foreach (string argument in new[] { "fuzz", "afl-host", "--target", options.Target.Name })
        {
            start.ArgumentList.Add(argument);
        }

        if (options.Supervise)
        {
            start.ArgumentList.Add("--supervise");
        }

        // This container has no CPU frequency governor or core dump pattern AFL++ likes; our target is not a
        // compiled binary AFL++ could check for its instrumentation; .NET needs a few seconds to start.
        start.Environment["AFL_SKIP_CPUFREQ"] = "1";
        start.Environment["AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES"] = "1";
        start.Environment["AFL_SKIP_BIN_CHECK"] = "1";
        start.Environment["AFL_NO_UI"] = "1";
        start.Environment["AFL_MAP_SIZE"] = "65536";

        // afl-fuzz binds itself, and so our host, to one free core: the fork server's pipe round trips then stay on that
        // core, which measured 65k execs/s on the request decoder against 19k with AFL_NO_AFFINITY (2 cores). A user who
        // sets AFL_NO_AFFINITY (no free core) still gets it, through the inherited environment.
        start.Environment["AFL_FORKSRV_INIT_TMOUT"] = "60000";
        start.Environment[AflWarmUp.Variable] = options.Resume ? Path.Combine(findings, "default", "queue") : seeds;
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TieredCompilation"] = "0";

        string aflLog = Path.Combine(options.OutputFolder, "afl-fuzz.log");
        log.WriteLine($"afl-fuzz {string.Join(' ', start.ArgumentList)} (log: {aflLog})");
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start afl-fuzz");
        using var aflOutput = new StreamWriter(aflLog, append: options.Resume);
        Task pump = Task.WhenAll(Pump(process.StandardOutput, aflOutput), Pump(process.StandardError, aflOutput));
        string statsPath = Path.Combine(findings, "default", "fuzzer_stats");
        var deadline = Stopwatch.StartNew();

        // Stop afl-fuzz inside the cancellation itself: the command line exits soon after Ctrl+C or SIGTERM, and
        // afl-fuzz (with the host it started) must not outlive it.
        using CancellationTokenRegistration stopOnCancel = cancellationToken.Register(() => Stop(process));
        try
        {
            while (!process.HasExited)
            {
                await Task.WhenAny(process.WaitForExitAsync(cancellationToken), Task.Delay(TimeSpan.FromSeconds(5), cancellationToken)).ConfigureAwait(false);
                if (FuzzerStats.TryReadPlot(Path.Combine(findings, "default", "plot_data")) is { } stats)
                {
                    log.WriteLine($"[{deadline.Elapsed:hh\\:mm\\:ss}] {stats}");
                }

                // afl-fuzz -V stops on its own; this is the backstop if its start-up took long.
                if (deadline.Elapsed > options.Duration + TimeSpan.FromSeconds(90))
                {
                    Stop(process);
                }
            }
        }
        catch (OperationCanceledException)
        {
            log.WriteLine("stopping afl-fuzz");
            Stop(process);
        }

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        await pump.ConfigureAwait(false);
        FuzzerStats? final = FuzzerStats.TryRead(statsPath);
        if (final is null)
        {
            log.WriteLine($"afl-fuzz did not start fuzzing (exit {process.ExitCode}); see {aflLog}");
            return 2;
        }

        log.WriteLine($"final: {final}");
        int saved = SaveFindings(Path.Combine(findings, "default", "crashes"));
        return saved > 0 || final.Crashes > 0 ? 1 : 0;
    }

    private static async Task Pump(StreamReader from, StreamWriter to)
    {
        while (await from.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (to)
            {
                to.WriteLine(line);
            }
        }
    }

    /// <summary>Stops afl-fuzz with SIGINT, as Ctrl+C would: it then kills its target and writes its final stats.</summary>
    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            _ = LibC.kill(process.Id, 2);
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private string PrepareBuild()
    {
        string source = AppContext.BaseDirectory;
        string build = Path.Combine(options.OutputFolder, "build");
        if (Directory.Exists(build))
        {
            Directory.Delete(build, recursive: true);
        }

        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(build, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        string planted = options.Target.NeedsPlantedBuild ? BuildPlantedCodec() : source;
        foreach (string assembly in options.Target.InstrumentedAssemblies)
        {
            InstrumentationResult result = AssemblyInstrumenter.Instrument(Path.Combine(planted, assembly), Path.Combine(build, assembly), options.Target.InstrumentedTypes);
            log.WriteLine($"instrumented {assembly}: {result.Methods} methods, {result.Probes} probes");
        }

        return build;
    }

    /// <summary>Compiles the codec with the planted bug (PLANTED_BUG) into the campaign folder, apart from the normal build's output.</summary>
    private string BuildPlantedCodec()
    {
        string folder = Path.Combine(options.OutputFolder, "planted-build");
        var build = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[]
        {
            "build", Path.Combine(options.RepositoryRoot, "src", "Protocol", "Conformance.Protocol.csproj"), "-c", "Release", "-p:PlantedBug=true",
            $"-p:IntermediateOutputPath={Path.Combine(folder, "obj")}/", "-o", Path.Combine(folder, "bin"), "--nologo", "-v", "quiet",
        })
        {
            build.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(build) ?? throw new InvalidOperationException("cannot start dotnet build");
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the planted build of the codec failed: {output}");
        }

        log.WriteLine($"built the codec with the planted bug in {folder}");
        return Path.Combine(folder, "bin");
    }

    private string PrepareSeeds()
    {
        string seeds = Path.Combine(options.OutputFolder, "seeds");
        if (Directory.Exists(seeds))
        {
            Directory.Delete(seeds, recursive: true);
        }

        Directory.CreateDirectory(seeds);
        int count = 0;
        string committed = Path.Combine(options.RepositoryRoot, "fuzz", "seeds", options.Target.Name);
        if (Directory.Exists(committed))
        {
            foreach (string file in Directory.EnumerateFiles(committed))
            {
                File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
                count++;
            }
        }

        if (options.Captures is not null && options.Target.Name is "rop-request" or "store")
        {
            foreach (string file in Directory.EnumerateFiles(options.Captures, "*" + CaptureFiles.Extension, SearchOption.AllDirectories))
            {
                foreach (CaptureRecord record in CaptureReader.Load(file))
                {
                    byte[] bytes = Convert.FromHexString(record.RequestHex);
                    File.WriteAllBytes(Path.Combine(seeds, "capture-" + Convert.ToHexStringLower(SHA1.HashData(bytes))[..16]), bytes);
                    count++;
                }
            }
        }

        if (count == 0)
        {
            File.WriteAllBytes(Path.Combine(seeds, "empty"), [0x02, 0x00]);
        }

        log.WriteLine($"{count} seeds in {seeds}");
        return seeds;
    }

    private int SaveFindings(string crashes)
    {
        if (!Directory.Exists(crashes))
        {
            return 0;
        }

        // The self-check's crashes are the planted bug: reported, never kept as regressions.
        if (options.Target.IsSelfCheck)
        {
            int planted = Directory.EnumerateFiles(crashes, "id:*").Count();
            log.WriteLine($"planted target: {planted} crash(es) in {crashes}");
            return planted;
        }

        string regressions = Path.Combine(options.RepositoryRoot, "fuzz", "regressions", options.Target.Name);
        int saved = 0;
        foreach (string file in Directory.EnumerateFiles(crashes, "id:*"))
        {
            byte[] bytes = File.ReadAllBytes(file);
            Directory.CreateDirectory(regressions);
            string to = Path.Combine(regressions, "crash-" + Convert.ToHexStringLower(SHA1.HashData(bytes))[..16]);
            File.WriteAllBytes(to, bytes);
            log.WriteLine($"finding: {file} -> {to} (reproduce: conformance fuzz afl-host --target {options.Target.Name} < {to})");
            saved++;
        }

        return saved;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
}
