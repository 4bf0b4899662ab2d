namespace Conformance.Protocol.Tests.Fuzz;

/// <summary>The repository's fuzz corpus: fuzz/seeds/&lt;target&gt; and fuzz/regressions/&lt;target&gt;.</summary>
internal static class FuzzCorpus
{
    public static string Root { get; } = FindRoot();

    /// <summary>(target, file) for every file under fuzz/<paramref name="kind"/>/&lt;target&gt;/ (generator scripts aside).</summary>
    public static IEnumerable<(string Target, string File)> Files(string kind)
    {
        string folder = Path.Combine(Root, "fuzz", kind);
        return Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).OrderBy(d => d, StringComparer.Ordinal)
                .SelectMany(d => Directory.EnumerateFiles(d).Where(f => !f.EndsWith(".py", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(d), f)))
            : [];
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Conformance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("the repository root (Conformance.sln) is not above the test directory");
    }
}
