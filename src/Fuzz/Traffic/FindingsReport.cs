namespace Conformance.Fuzz.Traffic;

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// The findings list under reports/fuzz/: findings.json (an array; entries of other fuzzers, told apart by "fuzzer", are
/// kept) and a static index.html rendered from it, every value HTML-encoded.
/// </summary>
public static class FindingsReport
{
    public const string FuzzerName = "traffic";

    public static void Write(string reportFolder, string campaignFolder, IReadOnlyList<TrafficFinding> findings)
    {
        Directory.CreateDirectory(reportFolder);
        string jsonPath = Path.Combine(reportFolder, "findings.json");
        var entries = new JsonArray();
        if (File.Exists(jsonPath) && JsonNode.Parse(File.ReadAllText(jsonPath)) is JsonArray existing)
        {
            string campaign = Path.GetFullPath(campaignFolder);
            foreach (JsonNode? entry in existing)
            {
                // This campaign's own entries are replaced; other campaigns' and other fuzzers' stay.
                bool ours = entry?["fuzzer"]?.GetValue<string>() == FuzzerName && entry?["campaign"]?.GetValue<string>() == campaign;
                if (entry is not null && !ours)
                {
                    entries.Add(entry.DeepClone());
                }
            }
        }

        foreach (TrafficFinding finding in findings)
        {
            entries.Add(new JsonObject
            {
                ["fuzzer"] = FuzzerName,
                ["campaign"] = Path.GetFullPath(campaignFolder),
                ["signature"] = finding.Signature,
                ["oracle"] = finding.Oracle,
                ["rop"] = finding.Rop,
                ["kind"] = finding.Kind,
                ["target"] = finding.Target,
                ["targetKind"] = finding.TargetKind,
                ["seed"] = finding.Seed,
                ["case"] = finding.CaseNumber,
                ["hits"] = finding.Hits,
                ["message"] = finding.Message,
                ["path"] = Path.GetFullPath(Path.Combine(campaignFolder, "findings", finding.Signature)),
                ["replay"] = $"conformance fuzz replay {Path.Combine(campaignFolder, "findings", finding.Signature)}",
            });
        }

        File.WriteAllText(jsonPath, entries.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllText(Path.Combine(reportFolder, "index.html"), Html(entries));
    }

    private static string Html(JsonArray entries)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fuzzing findings</title>");
        html.AppendLine("<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px;vertical-align:top}td.m{max-width:50em;word-break:break-word}</style></head><body>");
        html.AppendLine($"<h1>Fuzzing findings</h1><p>{entries.Count} finding(s). Replay one with the command shown; it exits 1 while the finding reproduces.</p>");
        html.AppendLine("<table><thead><tr><th>Fuzzer</th><th>Signature</th><th>Oracle</th><th>ROP</th><th>Target</th><th>Seed / case</th><th>Hits</th><th>Message</th><th>Replay</th></tr></thead><tbody>");
        foreach (JsonNode? entry in entries)
        {
            string Get(string name) => WebUtility.HtmlEncode(entry?[name]?.ToString() ?? string.Empty);
            html.AppendLine($"<tr><td>{Get("fuzzer")}</td><td>{Get("signature")}</td><td>{Get("oracle")}</td><td>{Get("rop")}</td><td>{Get("target")}</td><td>{Get("seed")} / {Get("case")}</td><td>{Get("hits")}</td><td class=\"m\">{Get("message")}</td><td><code>{Get("replay")}</code></td></tr>");
        }

        html.AppendLine("</tbody></table></body></html>");
        return html.ToString();
    }
}
