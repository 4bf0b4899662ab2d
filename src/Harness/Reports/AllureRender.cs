namespace Conformance.Harness.Reports;

/// <summary>
/// Renders Allure results into one HTML file with Allure 3 from npm (<c>npx --yes allure@3.18.0 awesome
/// &lt;results&gt; --single-file --output &lt;folder&gt;</c>). The version is pinned so a report does not
/// change with whatever npm publishes next; node and npm are optional, so a missing npx is reported, not thrown.
/// </summary>
public static class AllureRender
{
    public const string Package = "allure@3.18.0";

    public const string DefaultOutput = "reports/allure";

    public static IReadOnlyList<string> Arguments(string results, string output) =>
        ["--yes", Package, "awesome", results, "--single-file", "--output", output];

    /// <summary>Runs the render; null when npx is not on PATH.</summary>
    public static (int ExitCode, string Output)? Run(string results, string output, TimeSpan timeout)
    {
        string? npx = ExternalProcess.FindOnPath("npx");
        return npx is null
            ? null
            : ExternalProcess.Run(npx, Arguments(Path.GetFullPath(results), Path.GetFullPath(output)), Directory.GetCurrentDirectory(), timeout);
    }
}
