namespace Conformance.Protocol.Tests.Fuzz;

using Conformance.Fuzz.Afl.Targets;

/// <summary>
/// Every AFL++ finding is kept as a regression input under fuzz/regressions/&lt;target&gt;/ (conformance fuzz run copies
/// crashes there) and every committed seed under fuzz/seeds/&lt;target&gt;/: none may crash its target harness again.
/// </summary>
public sealed class RegressionTests
{
    private static IEnumerable<TestCaseData> Regressions() => Cases("regressions");

    private static IEnumerable<TestCaseData> Seeds() => Cases("seeds");

    [TestCaseSource(nameof(Regressions))]
    public void RegressionInputDoesNotCrash(string target, string file) => AssertNoFinding(target, file);

    [TestCaseSource(nameof(Seeds))]
    public void SeedDoesNotCrash(string target, string file) => AssertNoFinding(target, file);

    [Test]
    public void EveryTargetHasSeeds() =>
        Assert.That(FuzzTargets.All.Where(t => t.Name != "planted").Select(t => t.Name), Is.SubsetOf(FuzzCorpus.Files("seeds").Select(f => f.Target).Distinct()));

    private static void AssertNoFinding(string target, string file)
    {
        IFuzzTarget harness = FuzzTargets.Find(target) ?? throw new AssertionException($"fuzz/{target} names no fuzz target");
        Exception? finding = FuzzTargets.Execute(harness, File.ReadAllBytes(file));
        Assert.That(finding, Is.Null, () => $"{file}: {finding}");
    }

    private static IEnumerable<TestCaseData> Cases(string kind) =>
        FuzzCorpus.Files(kind).Select(f => new TestCaseData(f.Target, f.File).SetArgDisplayNames(f.Target, Path.GetFileName(f.File)));
}
