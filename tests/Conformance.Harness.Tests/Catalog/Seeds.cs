namespace Conformance.Harness.Tests.Catalog;

/// <summary>The repository root and the specification copies in ../shared/seeds beside it.</summary>
internal static class Seeds
{
    public static string Directory()
    {
        string seeds = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "seeds"));
        Assert.That(System.IO.Directory.Exists(seeds), Is.True, $"the specifications are expected in {seeds}");
        return seeds;
    }

    public static string RepositoryRoot()
    {
        for (DirectoryInfo? at = new(TestContext.CurrentContext.TestDirectory); at is not null; at = at.Parent)
        {
            if (File.Exists(Path.Combine(at.FullName, "Conformance.sln")))
            {
                return at.FullName;
            }
        }

        Assert.Fail("no Conformance.sln above the test directory");
        return string.Empty;
    }
}
