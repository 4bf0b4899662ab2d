namespace Conformance.Harness.Tests.Reports;

using System.Diagnostics;
using Conformance.Harness.Reports;

/// <summary>
/// Renders index.html in headless Chromium when /usr/bin/chromium is installed: the screenshot proves the
/// page lays out offline, the dumped DOM that the script ran (it fills the headline cards). Without
/// Chromium the test is Inconclusive, not skipped silently.
/// </summary>
public sealed class HtmlRenderTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Test]
    public void IndexRendersHeadlessWithTheScriptRun()
    {
        Assume.That(File.Exists(Chromium), Is.True, "chromium not installed at " + Chromium);
        using var run = new SyntheticRun();
        string page = Path.Combine(run.Folder, HtmlReport.FileName);
        HtmlReport.Save(ReportBuilderTests.Build(run), page);
        string screenshot = Path.Combine(run.Folder, "index.png");

        Browse(run.Folder, $"--screenshot={screenshot} --window-size=1400,1000", page);
        string dom = Browse(run.Folder, "--dump-dom", page);
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(screenshot), Is.True, "no screenshot");
            Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10 * 1024), "the screenshot is nearly empty");
            Assert.That(dom, Does.Contain("data-rendered=\"true\""), "the script did not fill the headline");
            Assert.That(dom, Does.Contain("class=\"card\""));
            Assert.That(dom, Does.Contain("requirements shown"));
        });
    }

    private static string Browse(string folder, string action, string page)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", $"--user-data-dir={Path.Combine(folder, "profile")}",
        }.Concat(action.Split(' ')).Append(new Uri(page).AbsoluteUri))
        {
            start.ArgumentList.Add(argument);
        }

        using Process chromium = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        Task<string> output = chromium.StandardOutput.ReadToEndAsync();
        Task<string> errors = chromium.StandardError.ReadToEndAsync();
        if (!chromium.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            chromium.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish within 60 s");
        }

        Assert.That(chromium.ExitCode, Is.Zero, () => "chromium failed: " + errors.Result);
        return output.Result;
    }
}
