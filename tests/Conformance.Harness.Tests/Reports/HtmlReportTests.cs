namespace Conformance.Harness.Tests.Reports;

using System.Net;
using Conformance.Harness.Reports;

public sealed class HtmlReportTests
{
    [Test]
    public void FailureShowsExpectedActualAndTheExchange()
    {
        using var run = new SyntheticRun();
        string html = HtmlReport.Render(ReportBuilderTests.Build(run));
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain(WebUtility.HtmlEncode(SyntheticRun.FailedExpected)));
            Assert.That(html, Does.Contain(WebUtility.HtmlEncode(SyntheticRun.FailedActual)));
            Assert.That(html, Does.Contain("0700000102000000"));
            Assert.That(html, Does.Contain("RopGetPropertiesSpecificResponse { ReturnValue = 0 }"));
            Assert.That(html, Does.Contain("<details class=\"failure\">"));
            Assert.That(html, Does.Contain("badge v-violated"));
            Assert.That(html, Does.Contain("badge v-should-not-followed"));
            Assert.That(html, Does.Contain("[MS-OXCPRPT] 2.2.1.2"));
        });
    }

    [Test]
    public void TextFromFilesIsHtmlEncoded()
    {
        using var run = new SyntheticRun();
        TraceabilityReport report = ReportBuilderTests.Build(run);
        RequirementReport entry = ReportBuilderTests.Entry(report, SyntheticRun.PassedMust);
        TraceabilityReport injected = report with
        {
            Targets = [report.Targets[0] with { Name = "target " + SyntheticRun.Injected }],
            Documents = [.. report.Documents.Select(d => d with
            {
                Sections = [.. d.Sections.Select(s => s with { Requirements = [.. s.Requirements.Select(r => r.Id == entry.Id ? r with { Summary = "summary " + SyntheticRun.Injected } : r)] })],
            })],
        };
        string html = HtmlReport.Render(injected);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain(SyntheticRun.Injected));
            Assert.That(html, Does.Contain("summary &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
            Assert.That(html, Does.Contain("PidTagAccessLevel &lt;script&gt;"));

            // Two scripts of our own (the embedded figures and the code), nothing from the files.
            Assert.That(html.Split("<script").Length - 1, Is.EqualTo(2));
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"));
        });
    }

    [Test]
    public void TwoTargetsGiveAMatrix()
    {
        using var run = new SyntheticRun();
        TraceabilityReport report = ReportBuilder.Build(
            SyntheticRun.Index,
            [
                new ReportTarget("embedded", run.CheckpointsPath, SyntheticRun.Reference),
                new ReportTarget("exchange", Path.Combine(run.Folder, "absent.jsonl"), SyntheticRun.Reference),
            ]);
        string html = HtmlReport.Render(report);
        RequirementReport failed = ReportBuilderTests.Entry(report, SyntheticRun.FailedMust);
        Assert.Multiple(() =>
        {
            Assert.That(report.Targets.Select(t => t.Name), Is.EqualTo(new[] { "embedded", "exchange" }));
            Assert.That(failed.Results.Select(r => r.Verdict), Is.EqualTo(new[] { Conformance.Harness.Profiles.Verdict.Violated, Conformance.Harness.Profiles.Verdict.NotRun }));
            Assert.That(html, Does.Contain("id=\"matrix\""));
            Assert.That(html, Does.Contain("<table class=\"matrix\">"));
            Assert.That(html, Does.Contain("<th>embedded</th><th>exchange</th>"));
            Assert.That(html, Does.Contain("data-verdicts=\"violated not-run\""));
            Assert.That(html, Does.Contain("no results file"));
        });
    }
}
