namespace Conformance.Harness.Tests.Reports;

using Conformance.Harness.Reports;
using Conformance.Harness.Tests.Catalog;

/// <summary>
/// Runs ReportGenerator, the local dotnet tool of .config/dotnet-tools.json, over a tiny Cobertura file,
/// as <c>report --coverage</c> does. The test restores the tool itself; it is Inconclusive when the
/// restore cannot reach a NuGet feed.
/// </summary>
public sealed class CodeCoverageReportTests
{
    private const string Cobertura = """
        <?xml version="1.0" encoding="utf-8"?>
        <coverage line-rate="0.5" branch-rate="1" version="1.9" timestamp="1767225600" lines-covered="1" lines-valid="2" branches-covered="0" branches-valid="0">
          <sources><source>/src/</source></sources>
          <packages>
            <package name="Synthetic" line-rate="0.5" branch-rate="1" complexity="1">
              <classes>
                <class name="Synthetic.Sample" filename="Sample.cs" line-rate="0.5" branch-rate="1" complexity="1">
                  <methods>
                    <method name="Run" signature="()" line-rate="0.5" branch-rate="1" complexity="1">
                      <lines><line number="1" hits="1" branch="false" /><line number="2" hits="0" branch="false" /></lines>
                    </method>
                  </methods>
                  <lines><line number="1" hits="1" branch="false" /><line number="2" hits="0" branch="false" /></lines>
                </class>
              </classes>
            </package>
          </packages>
        </coverage>
        """;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Test]
    public void ReportGeneratorWritesHtmlAndSummary()
    {
        string root = Seeds.RepositoryRoot();
        (int restored, string restoreOutput) = ExternalProcess.Run("dotnet", ["tool", "restore"], root, Limit);
        Assume.That(restored, Is.Zero, () => "dotnet tool restore failed: " + restoreOutput);

        string folder = Path.Combine(Path.GetTempPath(), "conformance-coverage-" + Guid.NewGuid().ToString("N"));
        try
        {
            string input = Path.Combine(folder, "test-results", "run", "coverage.cobertura.xml");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.WriteAllText(input, Cobertura);
            string output = Path.Combine(folder, "coverage");

            (int exitCode, string text) = CodeCoverageReport.Run(root, Path.Combine(folder, "test-results", "**", "coverage.cobertura.xml"), output, Limit);
            Assert.That(exitCode, Is.Zero, text);
            Assert.Multiple(() =>
            {
                Assert.That(File.Exists(Path.Combine(output, "index.html")), Is.True, text);
                Assert.That(File.ReadAllText(Path.Combine(output, "Summary.txt")), Does.Contain("Line coverage: 50%"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
