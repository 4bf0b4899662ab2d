namespace Conformance.Harness.Reports;

using System.Xml.Linq;

/// <summary>
/// Reads the test outcomes of a run from the TRX files (Visual Studio test results) under a folder, keyed by
/// "Namespace.Class.Method" as <see cref="Traceability.RequirementScanner"/> names tests. The report uses them
/// only where checkpoints say nothing: a test tagged with a requirement that broke before its checkpoint.
/// </summary>
public static class TrxOutcomes
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>The result counts of every TRX file under <paramref name="folder"/>: passed, failed (failed, error, timeout, aborted) and the rest.</summary>
    public static (int Passed, int Failed, int Other) Count(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return (0, 0, 0);
        }

        string[] outcomes = [.. Directory.EnumerateFiles(folder, "*.trx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Descendants(Trx + "UnitTestResult"))
            .Select(result => (string?)result.Attribute("outcome") ?? "Unknown")];
        int passed = outcomes.Count(o => o == "Passed");
        int failed = outcomes.Count(o => new TestOutcome(string.Empty, o, string.Empty).Broke);
        return (passed, failed, outcomes.Length - passed - failed);
    }

    public static IReadOnlyDictionary<string, TestOutcome> Load(string folder)
    {
        var outcomes = new Dictionary<string, TestOutcome>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return outcomes;
        }

        foreach (string file in Directory.EnumerateFiles(folder, "*.trx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            XDocument document = XDocument.Load(file);
            Dictionary<string, string> methods = document.Descendants(Trx + "UnitTest")
                .Select(test => (Id: (string?)test.Attribute("id"), Method: test.Element(Trx + "TestMethod")))
                .Where(t => t.Id is not null && t.Method is not null)
                .ToDictionary(t => t.Id!, t => $"{(string?)t.Method!.Attribute("className")}.{(string?)t.Method.Attribute("name")}", StringComparer.Ordinal);
            foreach (XElement result in document.Descendants(Trx + "UnitTestResult"))
            {
                if ((string?)result.Attribute("testId") is not { } id || !methods.TryGetValue(id, out string? method))
                {
                    continue;
                }

                string outcome = (string?)result.Attribute("outcome") ?? "Unknown";
                string message = result.Descendants(Trx + "Message").Select(m => m.Value).FirstOrDefault() ?? string.Empty;
                var seen = new TestOutcome(method, outcome, message.Trim());
                if (!outcomes.TryGetValue(method, out TestOutcome? earlier) || (seen.Broke && !earlier.Broke))
                {
                    outcomes[method] = seen;
                }
            }
        }

        return outcomes;
    }
}
