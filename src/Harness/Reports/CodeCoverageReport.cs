namespace Conformance.Harness.Reports;

/// <summary>
/// The code coverage report: ReportGenerator, a local dotnet tool (.config/dotnet-tools.json, installed by
/// <c>dotnet tool restore</c>), over the Cobertura files coverlet writes under reports/test-results
/// (conformance.runsettings), into reports/coverage as HTML and a text summary (Summary.txt).
/// </summary>
public static class CodeCoverageReport
{
    public const string DefaultInput = "reports/test-results/**/coverage.cobertura.xml";

    public const string DefaultOutput = "reports/coverage";

    public static IReadOnlyList<string> Arguments(string reports, string output) =>
        ["tool", "run", "reportgenerator", "--", $"-reports:{reports}", $"-targetdir:{output}", "-reporttypes:Html;TextSummary"];

    /// <summary>Restores the local tools (a no-op when present), then runs ReportGenerator from the repository root.</summary>
    public static (int ExitCode, string Output) Run(string repositoryRoot, string reports, string output, TimeSpan timeout)
    {
        (int restored, string restoreOutput) = ExternalProcess.Run("dotnet", ["tool", "restore"], repositoryRoot, timeout);
        if (restored != 0)
        {
            return (restored, "dotnet tool restore failed:" + Environment.NewLine + restoreOutput);
        }

        return ExternalProcess.Run("dotnet", Arguments(reports, output), repositoryRoot, timeout);
    }
}
