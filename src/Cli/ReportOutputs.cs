namespace Conformance.Cli;

using Conformance.Harness.Reports;
using Conformance.Harness.Traceability;

/// <summary>
/// Writes what <c>report</c> and <c>run</c> both produce from a run's results: traceability.json and
/// index.html, the Allure results (rendered with Allure 3 through npx when asked), and the code coverage
/// report (ReportGenerator). Each returns a process exit status: 0, or 1 when a tool failed.
/// </summary>
internal static class ReportOutputs
{
    /// <summary>Builds the traceability report, writes it to <paramref name="folder"/> and prints each target's figures.</summary>
    public static TraceabilityReport WriteTraceability(RequirementIndex index, IReadOnlyList<ReportTarget> targets, IReadOnlyList<TaggedTest>? tagged, string folder)
    {
        TraceabilityReport report = ReportBuilder.Build(index, targets, tagged);
        Directory.CreateDirectory(folder);
        string json = Path.Combine(folder, ReportJson.FileName);
        string html = Path.Combine(folder, HtmlReport.FileName);
        ReportJson.Save(report, json);
        HtmlReport.Save(report, html);
        Console.WriteLine($"wrote {json} and {html}");
        return report;
    }

    /// <summary>One line per target: its headline figures, and the checkpoints that named no live entry.</summary>
    public static void PrintFigures(TraceabilityReport report)
    {
        foreach (TargetSummary target in report.Targets)
        {
            string from = target.ResultsFound ? $"{target.CheckpointCount} checkpoints" : "no results";
            Console.WriteLine($"{target.Name} (profile {target.Profile}, {from}): {target.Figures}");
            if (target.UnknownRequirementIds.Count > 0)
            {
                Console.WriteLine($"  checkpoints naming no live entry: {string.Join(", ", target.UnknownRequirementIds)}");
            }
        }
    }

    /// <summary>Whether every requirement has one verdict on all targets; prints each requirement where they differ.</summary>
    public static bool SameVerdicts(TraceabilityReport report)
    {
        RequirementReport[] different = [.. report.Requirements.Where(r => r.Results.Select(t => t.Verdict).Distinct().Count() > 1)];
        foreach (RequirementReport requirement in different)
        {
            Console.WriteLine($"  verdicts differ for {requirement.Id}: {string.Join(", ", requirement.Results.Select(t => $"{t.Target} {VerdictText.Of(t.Verdict)} ({t.Reason})"))}");
        }

        Console.WriteLine(different.Length == 0
            ? $"same verdict on {string.Join(" and ", report.Targets.Select(t => t.Name))} for all {report.Requirements.Count()} requirements"
            : $"{different.Length} requirements have different verdicts");
        return different.Length == 0;
    }

    /// <summary>Writes the Allure results of <paramref name="targets"/> to <paramref name="folder"/>, and renders them when <paramref name="render"/>.</summary>
    public static int WriteAllure(RequirementIndex index, IReadOnlyList<ReportTarget> targets, string folder, bool render, string renderOutput = AllureRender.DefaultOutput)
    {
        AllureRun[] runs = [.. targets.Select(t => new AllureRun(
            t.Name, t.Profile.Name, CheckpointReader.Exists(t.CheckpointsPath) ? CheckpointReader.Load(t.CheckpointsPath) : [], t.CapturesPath))];
        IReadOnlyList<AllureResult> written = AllureResults.Write(runs, index, folder);
        Console.WriteLine($"wrote {written.Count} Allure results to {Path.GetFullPath(folder)}");
        return render ? RenderAllure(folder, renderOutput) : 0;
    }

    /// <summary>The code coverage report of the Cobertura files matching <paramref name="input"/> into <paramref name="output"/>.</summary>
    public static int WriteCoverage(string input = CodeCoverageReport.DefaultInput, string output = CodeCoverageReport.DefaultOutput)
    {
        (int exitCode, string text) = CodeCoverageReport.Run(Directory.GetCurrentDirectory(), input, output, TimeSpan.FromMinutes(5));
        Console.WriteLine(text.TrimEnd());
        if (exitCode != 0)
        {
            Console.Error.WriteLine($"reportgenerator failed with exit code {exitCode} (the tests must run with --settings conformance.runsettings first)");
            return 1;
        }

        Console.WriteLine($"wrote {Path.GetFullPath(Path.Combine(output, "index.html"))}");
        return 0;
    }

    // Allure 3 comes from npm; without node the rest of the report still stands, so this only warns.
    private static int RenderAllure(string results, string output)
    {
        (int ExitCode, string Output)? run = AllureRender.Run(results, output, TimeSpan.FromMinutes(5));
        if (run is not { } done)
        {
            Console.Error.WriteLine("npx not found: install node and npm to render the Allure report (the results are written)");
            return 0;
        }

        Console.WriteLine(done.Output.TrimEnd());
        if (done.ExitCode != 0)
        {
            Console.Error.WriteLine($"npx {AllureRender.Package} awesome failed with exit code {done.ExitCode}");
            return 1;
        }

        Console.WriteLine($"wrote {Path.GetFullPath(output)}");
        return 0;
    }
}
