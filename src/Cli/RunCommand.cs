namespace Conformance.Cli;

using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Conformance.Adapters;
using Conformance.Adapters.Capture;
using Conformance.Harness.Profiles;
using Conformance.Harness.Reports;
using Conformance.Harness.Traceability;
using Spectre.Console;

/// <summary>
/// <c>conformance run</c>: builds the suites, runs them against each chosen target (dotnet test over
/// suites/Conformance.Suites.slnf with the target as a TestRunParameter), writes every report (traceability
/// JSON and HTML with the targets side by side, Allure results and report, code coverage when asked) and
/// prints the summary last. Exit status: 0, 1 when a MUST (or a requirement the profile expects) is
/// violated, 2 when the run itself, one of its tests or one of its reports could not be carried out.
/// </summary>
internal static class RunCommand
{
    private const string Suites = "suites/Conformance.Suites.slnf";

    public static Command Create()
    {
        var targets = new Option<string[]>("--target") { Description = "A target configured in conformance.json; repeat to run several side by side (default: the configured Target)" };
        var filter = new Option<string?>("--filter") { Description = "A dotnet test filter, for example \"Requirement=MS-OXCSTOR-R0140\" or \"FullyQualifiedName~S03_\"" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where the reports go", DefaultValueFactory = _ => new DirectoryInfo("reports") };
        var noBuild = new Option<bool>("--no-build") { Description = "Run the suites as last built" };
        var noAllure = new Option<bool>("--no-allure") { Description = "Do not write or render the Allure report" };
        var coverage = new Option<bool>("--coverage") { Description = "Also write the code coverage report (ReportGenerator) of the run" };
        var seed = new Option<int?>("--seed") { Description = "NUnit's random seed for the run: the same seed makes the tests send the same bytes (needed to replay a capture)" };
        var command = new Command("run", "Run the conformance suites against targets and write every report; the summary comes last")
        {
            targets, filter, output, noBuild, noAllure, coverage, seed,
        };
        command.SetAction(result => Run(
            result.GetValue(targets) ?? [],
            result.GetValue(filter),
            result.GetValue(output)!,
            result.GetValue(noBuild),
            result.GetValue(noAllure),
            result.GetValue(coverage),
            result.GetValue(seed)));
        return command;
    }

    private static int Run(string[] targetNames, string? filter, DirectoryInfo output, bool noBuild, bool noAllure, bool coverage, int? seed)
    {
        string root = HarnessPaths.RepositoryRoot(Directory.GetCurrentDirectory());
        Directory.SetCurrentDirectory(root);
        ConformanceSettings settings = ConformanceConfiguration.Load(root);
        string[] names = targetNames.Length > 0 ? targetNames : [settings.Target];
        foreach (string name in names.Where(n => !settings.Targets.ContainsKey(n)))
        {
            Console.Error.WriteLine($"target '{name}' is not configured; configured: {string.Join(", ", settings.Targets.Keys)}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        if (!noBuild && Dotnet("building the suites", ["build", Suites, "--nologo", "-v", "quiet"], null) != 0)
        {
            return 2;
        }

        string resultsRoot = Path.Combine(output.FullName, "results");
        var runs = new List<(string Name, TestRunProgress Progress, int ExitCode, TimeSpan Elapsed, (int Passed, int Failed, int Other) Counts)>();
        foreach (string name in names)
        {
            string folder = Path.Combine(resultsRoot, name);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            var progress = new TestRunProgress();
            var started = Stopwatch.StartNew();
            List<string> arguments =
            [
                "test", Suites, "--no-build", "--nologo", "--settings", "conformance.runsettings",
                "--results-directory", Path.Combine(folder, "test-results"),
                "--logger", "trx", "--logger", "console;verbosity=normal",
            ];
            if (filter is not null)
            {
                arguments.AddRange(["--filter", filter]);
            }

            arguments.AddRange(["--", $"TestRunParameters.Parameter(name=\"Target\", value=\"{name}\")"]);
            if (seed is int fixedSeed)
            {
                arguments.Add($"NUnit.RandomSeed={fixedSeed}");
            }
            int exitCode = Dotnet($"running the suites against {name}", arguments, progress, new Dictionary<string, string> { ["CONFORMANCE_RESULTS"] = resultsRoot });

            // The TRX files hold every result; the console lines the progress display follows can interleave.
            runs.Add((name, progress, exitCode, started.Elapsed, TrxOutcomes.Count(Path.Combine(folder, "test-results"))));
        }

        // Reports: every target side by side, judged by its own profile.
        RequirementIndex index = RequirementIndex.Load(HarnessPaths.CatalogDirectory(root));
        // With Capture on (conformance.json or CONFORMANCE_Capture, inherited by the test processes), each test's
        // exchanges are in <capture>/<target>/; the reports link them.
        string? captures = settings.Capture is { Length: > 0 } capture ? Path.GetFullPath(capture, root) : null;
        ReportTarget[] reportTargets = [.. names.Select(n => new ReportTarget(
            n,
            Path.Combine(resultsRoot, n),
            ProfileOf(settings, n, root),
            TrxOutcomes.Load(Path.Combine(resultsRoot, n, "test-results")),
            captures is null ? null : Path.Combine(captures, CaptureFiles.FileName(n))))];
        IReadOnlyList<TaggedTest> tagged = RequirementScanner.Scan(SuiteAssemblies(root));
        TraceabilityReport report = ReportOutputs.WriteTraceability(index, reportTargets, tagged, output.FullName);
        int toolStatus = noAllure ? 0 : ReportOutputs.WriteAllure(index, reportTargets, Path.Combine(output.FullName, "allure-results"), render: true, Path.Combine(output.FullName, "allure"));
        if (coverage)
        {
            toolStatus = Math.Max(toolStatus, ReportOutputs.WriteCoverage(Path.Combine(resultsRoot, "*", "test-results", "**", "coverage.cobertura.xml"), Path.Combine(output.FullName, "coverage")));
        }

        // The summary comes last, so it is what a terminal or a CI log shows.
        Console.WriteLine();
        foreach ((string name, TestRunProgress progress, int exitCode, TimeSpan elapsed, (int passed, int failedCount, int other)) in runs)
        {
            Console.WriteLine($"{name}: tests {passed} passed, {failedCount} failed, {other} skipped or inconclusive in {elapsed.TotalSeconds:0.0} s{(exitCode != 0 && failedCount == 0 ? $" (dotnet test exit code {exitCode})" : string.Empty)}");
            foreach (string failed in progress.FailedTests.Take(20))
            {
                Console.WriteLine($"  failed: {failed}");
            }
        }

        ReportOutputs.PrintFigures(report);
        string[] violated = [.. report.Requirements.SelectMany(r => r.Results.Where(t => t.Verdict == Verdict.Violated).Select(t => $"{t.Target}: {r.Id} ({r.Level}, {r.Document} {r.Section})"))];
        foreach (string line in violated.Take(30))
        {
            Console.WriteLine($"  violated {line}");
        }

        Console.WriteLine($"report: {Path.Combine(output.FullName, HtmlReport.FileName)}; total time {clock.Elapsed.TotalSeconds:0.0} s");
        if (runs.Any(r => r.Counts == (0, 0, 0)))
        {
            Console.Error.WriteLine("a run executed no test: see the output above");
            return 2;
        }

        // A test that failed without a violated requirement could not do its work (a broken session, a replay
        // mismatch): the run is incomplete, which is not a verdict on the target but not a success either.
        bool brokenTests = runs.Any(r => r.Counts.Failed > 0);
        return violated.Length > 0 ? 1 : toolStatus != 0 || brokenTests ? 2 : 0;
    }

    private static ImplementationProfile ProfileOf(ConformanceSettings settings, string target, string root)
    {
        string path = Path.Combine(HarnessPaths.ProfileDirectory(root), $"{settings.Targets[target].Profile}.json");
        return File.Exists(path) ? ImplementationProfile.Load(path) : ImplementationProfile.Default;
    }

    // The suite assemblies as built, for the tests of each requirement in the report.
    private static IEnumerable<Assembly> SuiteAssemblies(string root) =>
        Directory.EnumerateDirectories(Path.Combine(root, "suites"), "MS-*")
            .Select(folder => Directory.EnumerateFiles(Path.Combine(folder, "bin"), "Conformance.Suites.*.dll", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith("Common.dll", StringComparison.Ordinal))
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault())
            .OfType<string>()
            .Select(Assembly.LoadFrom);

    /// <summary>Runs dotnet with a status line (or plain progress lines when the output is not a terminal); returns its exit code.</summary>
    private static int Dotnet(string what, IReadOnlyList<string> arguments, TestRunProgress? progress, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new List<string>();
        var gate = new Lock();
        bool interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        int reported = 0;

        void Take(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                log.Add(line);
                if (progress?.Observe(line) == true && !interactive && progress.Total - reported >= 100)
                {
                    reported = progress.Total;
                    Console.WriteLine($"  {what}: {progress}");
                }
            }
        }

        process.OutputDataReceived += (_, e) => Take(e.Data);
        process.ErrorDataReceived += (_, e) => Take(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (interactive)
        {
            AnsiConsole.Status().Start(what, context =>
            {
                while (!process.WaitForExit(200))
                {
                    lock (gate)
                    {
                        context.Status(progress is null ? what : $"{what}: {progress} {Markup.Escape(Shorten(progress.LastTest))}");
                    }
                }
            });
        }
        else
        {
            Console.WriteLine($"{what} ...");
            process.WaitForExit();
        }

        process.WaitForExit();
        if (process.ExitCode != 0 && (progress is null || progress.Failed == 0))
        {
            // A build error or a crashed test host: show what dotnet said.
            foreach (string line in log.TakeLast(60))
            {
                Console.Error.WriteLine(line);
            }
        }

        return process.ExitCode;
    }

    private static string Shorten(string test) => test.Length <= 60 ? test : string.Concat("...", test.AsSpan(test.Length - 57));
}
