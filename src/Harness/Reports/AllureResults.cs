namespace Conformance.Harness.Reports;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Adapters.Capture;
using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;

/// <summary>
/// Writes the Allure results of one or more runs into a folder: one <c>&lt;uuid&gt;-result.json</c> per
/// test (see <see cref="AllureTestName"/> for adapter checkpoints), the exchanges of failed checkpoints as
/// <c>&lt;uuid&gt;-attachment.txt</c>, the test's capture file when the run captured one as
/// <c>&lt;uuid&gt;-capture.jsonl</c>, <c>environment.properties</c> and <c>categories.json</c>. Statuses
/// and severities follow <see cref="AllureStatus"/>. Uuids are derived from the target, the test and its
/// start time, so the same checkpoints give the same files and two runs never share a uuid.
/// </summary>
public static class AllureResults
{
    public const string DefaultFolder = "reports/allure-results";

    private const string ResultSuffix = "-result.json";
    private const string AttachmentSuffix = "-attachment.txt";
    private const string CaptureSuffix = "-capture.jsonl";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,

        // Messages quote < > and ' from the specifications; Allure reads plain UTF-8 JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The categories.json written with the results: MUST violations and SHOULDs not followed.</summary>
    public static IReadOnlyList<AllureCategory> Categories { get; } =
    [
        new("MUST violations", [AllureStatus.Failed], "(?s).*violated.*"),
        new(AllureStatus.ShouldNotFollowedMarker, [AllureStatus.Passed], "(?s).*" + AllureStatus.ShouldNotFollowedMarker + ".*"),
        new("Inconclusive checks", [AllureStatus.Skipped], "(?s).*inconclusive.*"),
    ];

    /// <summary>
    /// Writes the results and returns them. Result, attachment, environment and categories files left by
    /// an earlier call are removed first, so the folder holds exactly these runs; other files stay.
    /// </summary>
    public static IReadOnlyList<AllureResult> Write(IReadOnlyList<AllureRun> runs, RequirementIndex index, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (string old in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(ResultSuffix, StringComparison.Ordinal)
            || f.EndsWith(AttachmentSuffix, StringComparison.Ordinal)
            || f.EndsWith(CaptureSuffix, StringComparison.Ordinal)
            || Path.GetFileName(f) is "environment.properties" or "categories.json"))
        {
            File.Delete(old);
        }

        var results = new List<AllureResult>();
        foreach (AllureRun run in runs)
        {
            foreach (IGrouping<AllureTestName, Checkpoint> test in run.Checkpoints.GroupBy(AllureTestName.Of).OrderBy(g => g.Key.FullName, StringComparer.Ordinal))
            {
                AllureResult result = Build(run, test.Key, [.. test.OrderBy(c => c.Time)], index, folder);
                File.WriteAllText(Path.Combine(folder, result.Uuid + ResultSuffix), JsonSerializer.Serialize(result, Json));
                results.Add(result);
            }
        }

        File.WriteAllText(Path.Combine(folder, "categories.json"), JsonSerializer.Serialize(Categories, Json));
        File.WriteAllLines(Path.Combine(folder, "environment.properties"),
        [
            "target=" + Escape(string.Join(", ", runs.Select(r => r.Target))),
            "profile=" + Escape(string.Join(", ", runs.Select(r => r.Profile))),
            "checkpoints=" + runs.Sum(r => r.Checkpoints.Count).ToString(CultureInfo.InvariantCulture),
        ]);
        return results;
    }

    private static AllureResult Build(AllureRun run, AllureTestName test, IReadOnlyList<Checkpoint> checkpoints, RequirementIndex index, string folder)
    {
        long start = checkpoints.Min(c => c.Time).ToUnixTimeMilliseconds();
        long stop = checkpoints.Max(c => c.Time).ToUnixTimeMilliseconds();
        string uuid = Uuid($"{run.Target}\n{test.FullName}\n{start}");

        // Allure's own adapters hash the full name with the parameters; the target is the one parameter.
        string historyId = Hash($"{test.FullName}\ntarget={run.Target}");
        var attachments = new List<AllureAttachment>();
        var steps = new List<AllureStep>();
        foreach (Checkpoint checkpoint in checkpoints)
        {
            steps.Add(Step(checkpoint, index));
            if (checkpoint.Outcome == CheckpointOutcome.Failed && checkpoint.Exchange is { } exchange)
            {
                string source = Uuid($"{uuid}\n{attachments.Count}") + AttachmentSuffix;
                File.WriteAllText(Path.Combine(folder, source), ExchangeText(checkpoint, exchange));
                attachments.Add(new AllureAttachment($"exchange {checkpoint.RequirementId}", source, "text/plain"));
            }
        }

        // The test's whole capture, copied so the results folder stands alone (Allure reads attachments from it).
        if (run.CapturesPath is { Length: > 0 } captures && CaptureFiles.PathFor(captures, test.FullName) is { } capture && File.Exists(capture))
        {
            string source = uuid + CaptureSuffix;
            File.Copy(capture, Path.Combine(folder, source), overwrite: true);
            attachments.Add(new AllureAttachment("capture (ROP exchanges, JSON Lines)", source, "text/plain"));
        }

        string status = AllureStatus.OfTest(checkpoints.Select(c => c.Outcome));
        return new AllureResult
        {
            Uuid = uuid,
            HistoryId = historyId,
            TestCaseId = Hash(test.FullName),
            Name = test.Name,
            FullName = test.FullName,
            Status = status,
            StatusDetails = Details(checkpoints, index),
            Start = start,
            Stop = stop,
            Labels = Labels(run, test, checkpoints),
            Links = [.. checkpoints.Select(c => SectionName(c)).Distinct(StringComparer.Ordinal).Select(name => new AllureLink(name, "#", "custom"))],
            Parameters = [new AllureParameter("target", run.Target)],
            Steps = steps,
            Attachments = attachments,
        };
    }

    private static List<AllureLabel> Labels(AllureRun run, AllureTestName test, IReadOnlyList<Checkpoint> checkpoints)
    {
        var labels = new List<AllureLabel>();
        labels.AddRange(checkpoints.Select(c => c.Document).Distinct(StringComparer.Ordinal).Select(d => new AllureLabel("epic", d)));

        // Adapter checks are about a ROP's wire format; a test is about the sections it checks.
        IEnumerable<string> features = test.IsAdapter
            ? checkpoints.Select(c => AllureTestName.RopOf(c.RequirementId) ?? SectionName(c))
            : checkpoints.Select(SectionName);
        labels.AddRange(features.Distinct(StringComparer.Ordinal).Select(f => new AllureLabel("feature", f)));
        labels.Add(new AllureLabel("story", test.Class));
        labels.Add(new AllureLabel("parentSuite", run.Target));
        labels.Add(new AllureLabel("suite", test.Namespace.Length > 0 ? test.Namespace : test.Class));
        labels.Add(new AllureLabel("subSuite", test.Class));
        labels.AddRange(checkpoints.Select(c => c.RequirementId).Distinct(StringComparer.Ordinal).Select(id => new AllureLabel("requirement", id)));
        labels.Add(new AllureLabel("severity", AllureStatus.Severity(checkpoints.Select(c => c.Level))));
        labels.Add(new AllureLabel("framework", "nunit"));
        labels.Add(new AllureLabel("language", "csharp"));
        return labels;
    }

    private static AllureStep Step(Checkpoint checkpoint, RequirementIndex index)
    {
        long time = checkpoint.Time.ToUnixTimeMilliseconds();
        string summary = index.TryGet(checkpoint.RequirementId, out CatalogEntry entry) ? entry.Summary : checkpoint.Message;
        List<AllureParameter> parameters =
        [
            new("expected", checkpoint.Expected),
            new("actual", checkpoint.Actual),
            new("outcome", JsonSerializer.Serialize(checkpoint.Outcome).Trim('"')),
        ];
        if (checkpoint.Level == RequirementLevel.May)
        {
            parameters.Add(new AllureParameter("held", checkpoint.Held ? "true" : "false"));
        }

        return new AllureStep
        {
            Name = $"{checkpoint.RequirementId} {summary}".TrimEnd(),
            Status = AllureStatus.OfStep(checkpoint.Outcome),
            StatusDetails = checkpoint.Outcome is CheckpointOutcome.Passed ? null : new AllureStatusDetails(Describe(checkpoint, index)),
            Start = time,
            Stop = time,
            Parameters = parameters,
        };
    }

    // The message the categories match: every checkpoint that did not simply pass, most serious first.
    private static AllureStatusDetails? Details(IReadOnlyList<Checkpoint> checkpoints, RequirementIndex index)
    {
        string[] lines = [.. checkpoints
            .Where(c => c.Outcome is CheckpointOutcome.Failed or CheckpointOutcome.ShouldNotFollowed or CheckpointOutcome.Inconclusive)
            .OrderBy(c => c.Outcome switch { CheckpointOutcome.Failed => 0, CheckpointOutcome.Inconclusive => 1, _ => 2 })
            .Select(c => Describe(c, index))];
        return lines.Length == 0 ? null : new AllureStatusDetails(lines[0], string.Join(Environment.NewLine + Environment.NewLine, lines));
    }

    private static string Describe(Checkpoint checkpoint, RequirementIndex index) =>
        index.TryGet(checkpoint.RequirementId, out CatalogEntry entry)
            ? CheckpointText.Describe(checkpoint, entry)
            : $"{checkpoint.RequirementId} ({CheckpointText.Keyword(checkpoint.Level)}, {SectionName(checkpoint)}) {checkpoint.Outcome}: {checkpoint.Message}";

    private static string SectionName(Checkpoint checkpoint) => $"[{checkpoint.Document}] {checkpoint.Section}";

    private static string ExchangeText(Checkpoint checkpoint, CheckpointExchange exchange)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{checkpoint.RequirementId} {SectionName(checkpoint)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"expected: {checkpoint.Expected}");
        text.AppendLine(CultureInfo.InvariantCulture, $"actual:   {checkpoint.Actual}");
        text.AppendLine(CultureInfo.InvariantCulture, $"message:  {checkpoint.Message}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"request  (hex): {exchange.RequestHex}");
        text.AppendLine(CultureInfo.InvariantCulture, $"response (hex): {exchange.ResponseHex}");
        text.AppendLine(CultureInfo.InvariantCulture, $"return code:    {exchange.ReturnCode}");
        text.AppendLine(CultureInfo.InvariantCulture, $"elapsed:        {exchange.ElapsedMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} ms");
        text.AppendLine();
        text.AppendLine("requests:");
        foreach (string request in exchange.Requests)
        {
            text.AppendLine("  " + request);
        }

        text.AppendLine("responses:");
        foreach (string response in exchange.Responses)
        {
            text.AppendLine("  " + response);
        }

        if (exchange.DecodeFailure is { } failure)
        {
            text.AppendLine("decode failure: " + failure);
        }

        return text.ToString();
    }

    // Java properties: backslash, '=' , ':' and line breaks need escaping in values.
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal).Replace(":", "\\:", StringComparison.Ordinal);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    // A name-based UUID (version 8 layout bits on a SHA-256 prefix): stable for the same inputs.
    private static string Uuid(string text)
    {
        byte[] bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
