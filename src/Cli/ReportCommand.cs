namespace Conformance.Cli;

using System.CommandLine;
using System.Reflection;
using Conformance.Harness.Profiles;
using Conformance.Harness.Reports;
using Conformance.Harness.Traceability;

/// <summary><c>conformance report</c>: the static traceability report (traceability.json and index.html) of one or more runs.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var results = new Option<FileInfo[]>("--results") { Description = "A run's checkpoints.jsonl; repeat for several targets (a missing file is a target without results)", Required = true };
        var names = new Option<string[]>("--target-name") { Description = "The name of each target, in the order of --results (default: the results file's folder and name)" };
        var profiles = new Option<FileInfo[]>("--profile") { Description = "The profile of each target (profiles/reference.json); one profile applies to every target; none means the levels' defaults" };
        var catalog = new Option<DirectoryInfo>("--catalog") { Description = "The folder of the catalog files", DefaultValueFactory = _ => new DirectoryInfo("catalog") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where traceability.json and index.html are written", DefaultValueFactory = _ => new DirectoryInfo("reports") };
        var tests = new Option<FileInfo[]>("--tests") { Description = "Test assemblies whose [Requirement] tags add to the tests of each entry (optional)" };
        var allure = new Option<DirectoryInfo>("--allure")
        {
            Description = $"Also write Allure results of the runs into this folder (default {AllureResults.DefaultFolder})",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = r => new DirectoryInfo(r.Tokens.Count == 0 ? AllureResults.DefaultFolder : r.Tokens[0].Value),
        };
        var renderAllure = new Option<bool>("--render-allure") { Description = $"Render the Allure results to {AllureRender.DefaultOutput} with npx {AllureRender.Package} (needs node and npm; implies --allure)" };
        var coverage = new Option<bool>("--coverage") { Description = $"Write the code coverage report of {CodeCoverageReport.DefaultInput} to {CodeCoverageReport.DefaultOutput} (ReportGenerator, a local dotnet tool)" };
        var sameVerdicts = new Option<bool>("--require-same-verdicts") { Description = "Exit 1 when the targets' verdicts differ for any requirement (for example in process and over HTTP), listing the differences" };
        var command = new Command("report", "Write the traceability report (traceability.json, index.html) of one or more runs and print the headline figures")
        {
            results, names, profiles, catalog, output, tests, allure, renderAllure, coverage, sameVerdicts,
        };
        command.SetAction(result =>
        {
            FileInfo[] files = result.GetValue(results) ?? [];
            string[] given = result.GetValue(names) ?? [];
            FileInfo[] profileFiles = result.GetValue(profiles) ?? [];
            if (given.Length != 0 && given.Length != files.Length)
            {
                Console.Error.WriteLine($"--target-name given {given.Length} times for {files.Length} --results");
                return 2;
            }

            if (profileFiles.Length > 1 && profileFiles.Length != files.Length)
            {
                Console.Error.WriteLine($"--profile given {profileFiles.Length} times for {files.Length} --results (give one for all, or one per target)");
                return 2;
            }

            ImplementationProfile[] loaded = [.. profileFiles.Select(f => ImplementationProfile.Load(f.FullName))];
            ReportTarget[] targets = [.. files.Select((file, i) => new ReportTarget(
                given.Length > 0 ? given[i] : DefaultName(file),
                file.FullName,
                loaded.Length == 0 ? ImplementationProfile.Default : loaded[Math.Min(i, loaded.Length - 1)]))];

            RequirementIndex index = RequirementIndex.Load(result.GetValue(catalog)!.FullName);
            IReadOnlyList<TaggedTest>? tagged = result.GetValue(tests) is { Length: > 0 } assemblies
                ? RequirementScanner.Scan(assemblies.Select(a => Assembly.LoadFrom(a.FullName)))
                : null;
            TraceabilityReport report = ReportOutputs.WriteTraceability(index, targets, tagged, result.GetValue(output)!.FullName);
            ReportOutputs.PrintFigures(report);
            if (result.GetValue(sameVerdicts) && !ReportOutputs.SameVerdicts(report))
            {
                return 1;
            }

            int status = 0;
            bool render = result.GetValue(renderAllure);
            if (result.GetResult(allure) is not null || render)
            {
                DirectoryInfo allureFolder = result.GetValue(allure) ?? new DirectoryInfo(AllureResults.DefaultFolder);
                status = ReportOutputs.WriteAllure(index, targets, allureFolder.FullName, render);
            }

            return result.GetValue(coverage) ? Math.Max(status, ReportOutputs.WriteCoverage()) : status;
        });
        return command;
    }

    // The folder usually names the run (reports/results-exchange/checkpoints.jsonl), so it goes into the default name.
    private static string DefaultName(FileInfo file) => $"{file.Directory?.Name ?? "run"}/{Path.GetFileNameWithoutExtension(file.Name)}";
}
