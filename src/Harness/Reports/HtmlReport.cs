namespace Conformance.Harness.Reports;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;

/// <summary>
/// Renders a <see cref="TraceabilityReport"/> as one self-contained index.html: the headline figures,
/// search and filters, and per document and section a table of entries with a verdict badge per target
/// (with several targets the tables are the target matrix), failures in collapsible blocks with the
/// exchange. Every text from the catalogs and the checkpoints is HTML-encoded; the figures the script
/// reads are embedded as JSON whose encoder escapes &lt;, &gt; and &amp;, so no file content can close the script.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "index.html";

    private static readonly JsonSerializerOptions FiguresJson = new(ReportJson.Options) { WriteIndented = false };

    public static void Save(TraceabilityReport report, string path) =>
        File.WriteAllText(path, Render(report, Path.GetDirectoryName(Path.GetFullPath(path))), Encoding.UTF8);

    /// <param name="report">The report.</param>
    /// <param name="folder">Where the page will be, so capture links are relative to it; null for absolute file links.</param>
    public static string Render(TraceabilityReport report, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Conformance traceability report</title>\n")
            .Append("<style>\n").Append(HtmlReportAssets.Style).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>Conformance traceability report</h1>\n")
            .Append("<div id=\"headline\" class=\"cards\"></div>\n");
        Figures(html, report);
        Filters(html, report);
        if (report.Targets.Count > 1)
        {
            html.Append("<p id=\"matrix\" class=\"muted\">Target matrix: one verdict column per target (")
                .Append(string.Join(", ", report.Targets.Select(t => Encode(t.Name)))).Append(").</p>\n");
        }

        foreach (DocumentReport document in report.Documents)
        {
            html.Append("<h2 id=\"").Append(Encode(document.Document)).Append("\">[").Append(Encode(document.Document)).Append("]</h2>\n");
            foreach (SectionReport section in document.Sections)
            {
                Section(html, report, document, section, folder);
            }
        }

        html.Append("<script type=\"application/json\" id=\"report-figures\">")
            .Append(JsonSerializer.Serialize(report.Targets.Select(t => new { t.Name, t.Profile, t.ResultsFound, t.Figures }), FiguresJson))
            .Append("</script>\n<script>\n").Append(HtmlReportAssets.Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    // The figures as a plain table too: readable with scripts off, and the side-by-side view of several targets.
    private static void Figures(StringBuilder html, TraceabilityReport report)
    {
        html.Append("<table id=\"figures\">\n<tr><th>figure</th>");
        foreach (TargetSummary target in report.Targets)
        {
            html.Append("<th>").Append(Encode(target.Name)).Append("<br><span class=\"muted\">profile ").Append(Encode(target.Profile))
                .Append(", ").Append(target.ResultsFound ? $"{target.CheckpointCount} checkpoints" : "no results file").Append("</span></th>");
        }

        html.Append("</tr>\n");
        (string Label, Func<HeadlineFigures, string> Value)[] rows =
        [
            ("requirements", f => Number(f.Requirements)),
            ("testable", f => Number(f.Testable)),
            ("verified", f => Number(f.Verified)),
            ("violated", f => Number(f.Violated)),
            ("should-not-followed", f => Number(f.ShouldNotFollowed)),
            ("inconclusive", f => Number(f.Inconclusive)),
            ("not applicable for profile", f => Number(f.NotApplicableForProfile)),
            ("not run", f => Number(f.NotRun)),
            ("not covered", f => Number(f.NotCovered)),
            ("coverage", f => $"{Number(f.Covered)} of {Number(f.Testable)} ({f.CoveragePercent.ToString("0.0", CultureInfo.InvariantCulture)} %)"),
        ];
        foreach ((string label, Func<HeadlineFigures, string> value) in rows)
        {
            html.Append("<tr><td>").Append(label).Append("</td>");
            foreach (TargetSummary target in report.Targets)
            {
                html.Append("<td>").Append(value(target.Figures)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
        foreach (TargetSummary target in report.Targets.Where(t => t.UnknownRequirementIds.Count > 0))
        {
            html.Append("<p class=\"muted\">").Append(Encode(target.Name)).Append(": checkpoints name IDs that are not live catalog entries: ")
                .Append(Encode(string.Join(", ", target.UnknownRequirementIds))).Append("</p>\n");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Filters(StringBuilder html, TraceabilityReport report)
    {
        html.Append("<div class=\"filters\">\n<input id=\"search\" type=\"search\" placeholder=\"search ID, summary, test, message\" size=\"40\">\n");
        Select(html, "document", report.Documents.Select(d => d.Document));
        Select(html, "level", Enum.GetNames<RequirementLevel>());
        Select(html, "role", Enum.GetNames<RequirementRole>());
        Select(html, "verdict", VerdictText.All.Select(VerdictText.Of));
        html.Append("<span id=\"filter-status\" class=\"muted\"></span>\n<div class=\"muted\">A dashed outline marks a verdict the target's profile did not expect; hover a badge for the reason.</div>\n</div>\n");
    }

    private static void Select(StringBuilder html, string name, IEnumerable<string> values)
    {
        html.Append("<label>").Append(name).Append(" <select id=\"filter-").Append(name).Append("\"><option value=\"\">all</option>");
        foreach (string value in values)
        {
            html.Append("<option>").Append(Encode(value)).Append("</option>");
        }

        html.Append("</select></label>\n");
    }

    private static void Section(StringBuilder html, TraceabilityReport report, DocumentReport document, SectionReport section, string? folder)
    {
        string anchor = $"[{document.Document}] {section.Section}";
        html.Append("<div class=\"section\">\n<h3>").Append(Encode(anchor)).Append("</h3>\n<table class=\"")
            .Append(report.Targets.Count > 1 ? "matrix" : "single").Append("\">\n<tr><th>ID</th><th>level</th><th>role</th><th>verification</th><th>summary</th><th>tests</th>");
        foreach (TargetSummary target in report.Targets)
        {
            html.Append("<th>").Append(report.Targets.Count > 1 ? Encode(target.Name) : "verdict").Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (RequirementReport entry in section.Requirements)
        {
            Row(html, entry, folder);
        }

        html.Append("</table>\n</div>\n");
    }

    private static void Row(StringBuilder html, RequirementReport entry, string? folder)
    {
        html.Append("<tr class=\"req\" id=\"").Append(Encode(entry.Id))
            .Append("\" data-document=\"").Append(Encode(entry.Document))
            .Append("\" data-level=\"").Append(entry.Level)
            .Append("\" data-role=\"").Append(entry.Role)
            .Append("\" data-verdicts=\"").Append(string.Join(' ', entry.Results.Select(r => VerdictText.Of(r.Verdict)).Distinct(StringComparer.Ordinal)))
            .Append("\">");
        html.Append("<td>").Append(Encode(entry.Id)).Append("<br><span class=\"muted\">").Append(Encode($"[{entry.Document}] {entry.Section}")).Append("</span></td>");
        html.Append("<td>").Append(Encode(CheckpointText.Keyword(entry.Level))).Append("</td>");
        html.Append("<td>").Append(entry.Role).Append("</td>");
        html.Append("<td>").Append(entry.Verification).Append(' ').Append(entry.Kind);
        if (entry.NotTestableReason is { Length: > 0 } reason)
        {
            html.Append("<br><span class=\"muted\">").Append(Encode(reason)).Append("</span>");
        }

        html.Append("</td><td>").Append(Encode(entry.Summary));
        if (entry.ProductBehaviorNotes.Count > 0)
        {
            html.Append("<br><span class=\"muted\">product behavior notes: ")
                .Append(string.Join(", ", entry.ProductBehaviorNotes.Select(n => n.ToString(CultureInfo.InvariantCulture)))).Append("</span>");
        }

        foreach (TargetResult result in entry.Results)
        {
            foreach (FailureDetail failure in result.Failures)
            {
                Failure(html, result, failure);
            }
        }

        html.Append("</td><td>");
        html.Append(entry.Tests.Count == 0 ? "<span class=\"muted\">none</span>" : string.Join("<br>", entry.Tests.Select(t => Encode(t) + CaptureLinks(entry, t, folder))));
        html.Append("</td>");
        foreach (TargetResult result in entry.Results)
        {
            string verdict = VerdictText.Of(result.Verdict);
            html.Append("<td><span class=\"badge v-").Append(verdict).Append(result.AsProfileExpects ? string.Empty : " unexpected")
                .Append("\" title=\"").Append(Encode(result.Reason)).Append("\">").Append(verdict).Append("</span></td>");
        }

        html.Append("</tr>\n");
    }

    // A link per target that captured the test's exchanges (one JSON Lines file per test).
    private static string CaptureLinks(RequirementReport entry, string test, string? folder)
    {
        var links = new StringBuilder();
        foreach (TargetResult result in entry.Results)
        {
            if (result.Captures.TryGetValue(test, out string? path))
            {
                string href = folder is null
                    ? new Uri(Path.GetFullPath(path)).AbsoluteUri
                    : string.Join('/', Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
                links.Append(" <a class=\"capture\" href=\"").Append(Encode(href)).Append("\">capture")
                    .Append(entry.Results.Count > 1 ? " " + Encode(result.Target) : string.Empty).Append("</a>");
            }
        }

        return links.ToString();
    }

    private static void Failure(StringBuilder html, TargetResult result, FailureDetail failure)
    {
        html.Append("<details class=\"failure\"><summary>").Append(Encode(result.Target)).Append(": ")
            .Append(failure.Outcome == CheckpointOutcome.Failed ? "failed" : "should-not-followed")
            .Append(" in ").Append(Encode(failure.Test.Length > 0 ? failure.Test : failure.Source.ToString())).Append("</summary>\n")
            .Append("<div>expected: <code>").Append(Encode(failure.Expected)).Append("</code></div>\n")
            .Append("<div>actual: <code>").Append(Encode(failure.Actual)).Append("</code></div>\n")
            .Append("<div>message: ").Append(Encode(failure.Message)).Append("</div>\n");
        if (failure.Exchange is { } exchange)
        {
            html.Append("<div>return code ").Append(Encode(exchange.ReturnCode)).Append(", ")
                .Append(exchange.ElapsedMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)).Append(" ms</div>\n")
                .Append("<div>request hex</div><pre>").Append(Encode(exchange.RequestHex)).Append("</pre>\n")
                .Append("<div>requests decoded</div><pre>").Append(Encode(string.Join('\n', exchange.Requests))).Append("</pre>\n")
                .Append("<div>response hex</div><pre>").Append(Encode(exchange.ResponseHex)).Append("</pre>\n")
                .Append("<div>responses decoded</div><pre>").Append(Encode(string.Join('\n', exchange.Responses))).Append("</pre>\n");
            if (exchange.DecodeFailure is { Length: > 0 } decodeFailure)
            {
                html.Append("<div>decode failure: ").Append(Encode(decodeFailure)).Append("</div>\n");
            }
        }

        html.Append("</details>\n");
    }
}
