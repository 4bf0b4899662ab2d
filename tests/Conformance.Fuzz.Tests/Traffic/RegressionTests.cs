namespace Conformance.Fuzz.Tests.Traffic;

using Conformance.Fuzz.Traffic;

/// <summary>Every finding saved under fuzz/regressions/traffic/ (fixed bugs) replays with no oracle firing.</summary>
public sealed class RegressionTests
{
    public static IEnumerable<TestCaseData> Findings()
    {
        DirectoryInfo? root = new(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Conformance.sln")))
        {
            root = root.Parent;
        }

        string folder = Path.Combine(root?.FullName ?? ".", "fuzz", "regressions", "traffic");
        return Directory.Exists(folder)
            ? Directory.GetDirectories(folder).Select(d => new TestCaseData(d).SetArgDisplayNames(Path.GetFileName(d)))
            : [];
    }

    [TestCaseSource(nameof(Findings))]
    public async Task A_fixed_finding_no_longer_fires(string folder)
    {
        TrafficFinding finding = TrafficFinding.Load(folder);
        await using var target = new BrokenTarget(Breakage.None);
        OracleVerdict? verdict = await TrafficReplay.RunAsync(finding, target, BrokenTarget.User, null, CancellationToken.None);
        Assert.That(verdict, Is.Null, () => $"{verdict!.Signature}: {verdict.Message}");
    }

    [Test]
    public void The_regression_corpus_is_there() => Assert.That(Findings(), Is.Not.Empty);
}
