namespace Conformance.Harness.Tests.Reports;

using System.Text.Json;
using Conformance.Adapters.Capture;
using Conformance.Harness.Reports;
using Conformance.Harness.Traceability;

/// <summary>A run that captured its exchanges: the HTML report links a test's capture next to its name, Allure attaches it to the test's result.</summary>
public sealed class CaptureLinkTests
{
    private const string Content = "{\"user\":\"user1\",\"session\":1,\"sequence\":1}\n";

    [Test]
    public void TheHtmlReportLinksTheCaptureOfACapturedTestOnly()
    {
        using var run = new SyntheticRun();
        string captures = Capture(run, out string test);
        TraceabilityReport report = ReportBuilder.Build(SyntheticRun.Index, [new ReportTarget("embedded", run.CheckpointsPath, SyntheticRun.Reference, CapturesPath: captures)]);

        string html = HtmlReport.Render(report, run.Folder);
        Assert.That(html, Does.Contain($"<a class=\"capture\" href=\"captures/embedded/{test}.jsonl\">capture</a>"));
        Assert.That(System.Text.RegularExpressions.Regex.Count(html, "class=\"capture\""), Is.EqualTo(1), "only the captured test has a link");
    }

    [Test]
    public void AllureAttachesTheCaptureToTheTestsResult()
    {
        using var run = new SyntheticRun();
        string captures = Capture(run, out string test);
        string results = Path.Combine(run.Folder, "allure-results");
        AllureResults.Write([new AllureRun("embedded", "reference", CheckpointReader.Load(run.CheckpointsPath), captures)], SyntheticRun.Index, results);

        JsonElement result = Directory.GetFiles(results, "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .Single(r => r.GetProperty("fullName").GetString() == test);
        JsonElement[] attachments = [.. result.GetProperty("attachments").EnumerateArray().Where(a => a.GetProperty("source").GetString()!.EndsWith("-capture.jsonl", StringComparison.Ordinal))];
        Assert.That(attachments, Has.Length.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(results, attachments[0].GetProperty("source").GetString()!)), Is.EqualTo(Content));
        Assert.That(Directory.GetFiles(results, "*-capture.jsonl"), Has.Length.EqualTo(1), "only the captured test has one");
    }

    // A capture for the failed-MUST test of the synthetic run, where a suite run would put it.
    private static string Capture(SyntheticRun run, out string test)
    {
        test = "Synthetic.Tests." + SyntheticRun.FailedMust;
        string path = CaptureFiles.PathFor(Path.Combine(run.Folder, "captures"), "embedded", test);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Content);
        return Path.GetDirectoryName(path)!;
    }
}
