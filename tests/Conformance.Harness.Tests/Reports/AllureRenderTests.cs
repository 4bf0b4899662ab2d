namespace Conformance.Harness.Tests.Reports;

using Conformance.Harness.Reports;

/// <summary>
/// Renders the synthetic Allure results with Allure 3 from npm, as <c>report --render-allure</c> does.
/// Inconclusive when npx is not on PATH or the pinned allure package cannot be fetched (no registry, no
/// npm cache): those are the machine's limits, not the harness's.
/// </summary>
public sealed class AllureRenderTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Test]
    public void AwesomeWritesOneHtmlFile()
    {
        Assume.That(ExternalProcess.FindOnPath("npx"), Is.Not.Null, "npx not on PATH (node and npm not installed)");
        using var run = new SyntheticRun();
        AllureResultsTests.Write(run);

        // Fetching first tells "the package cannot be had here" (Inconclusive) from "the render broke" (Failed).
        (int fetched, string fetchOutput) = ExternalProcess.Run(
            ExternalProcess.FindOnPath("npx")!, ["--yes", AllureRender.Package, "--version"], run.Folder, Limit);
        Assume.That(fetched, Is.Zero, () => $"npx could not fetch {AllureRender.Package}: {fetchOutput}");

        string output = Path.Combine(run.Folder, "allure");
        (int ExitCode, string Output)? rendered = AllureRender.Run(AllureResultsTests.Results(run), output, Limit);
        Assert.That(rendered, Is.Not.Null);
        Assert.That(rendered!.Value.ExitCode, Is.Zero, rendered.Value.Output);
        string page = Path.Combine(output, "index.html");
        Assert.That(File.Exists(page), Is.True, "no index.html in " + output);
        Assert.That(File.ReadAllText(page), Does.Contain("<html").IgnoreCase);
    }
}
