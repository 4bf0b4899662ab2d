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
        var command = new Command("report", "Write the traceability report (traceability.json, index.html) of one or more runs and print the headline figures")
        {
            results, names, profiles, catalog, output, tests,
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
            TraceabilityReport report = ReportBuilder.Build(index, targets, tagged);

            DirectoryInfo folder = result.GetValue(output)!;
            folder.Create();
            string json = Path.Combine(folder.FullName, ReportJson.FileName);
            string html = Path.Combine(folder.FullName, HtmlReport.FileName);
            ReportJson.Save(report, json);
            HtmlReport.Save(report, html);
            foreach (TargetSummary target in report.Targets)
            {
                string from = target.ResultsFound ? $"{target.CheckpointCount} checkpoints" : "no results file";
                Console.WriteLine($"{target.Name} (profile {target.Profile}, {from}): {target.Figures}");
                if (target.UnknownRequirementIds.Count > 0)
                {
                    Console.WriteLine($"  checkpoints naming no live entry: {string.Join(", ", target.UnknownRequirementIds)}");
                }
            }

            Console.WriteLine($"wrote {json} and {html}");
            return 0;
        });
        return command;
    }

    // The folder usually names the run (reports/results-exchange/checkpoints.jsonl), so it goes into the default name.
    private static string DefaultName(FileInfo file) => $"{file.Directory?.Name ?? "run"}/{Path.GetFileNameWithoutExtension(file.Name)}";
}
