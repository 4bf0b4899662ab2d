namespace Conformance.Harness.Traceability;

/// <summary>
/// Where the harness finds its inputs and writes its results: the repository root (the directory with
/// Conformance.sln, found by walking up), catalog/, profiles/, the specifications in ../shared/seeds,
/// and the results folder. Environment variables override: CONFORMANCE_RESULTS (the results folder),
/// CONFORMANCE_CHECKPOINTS (the checkpoint file itself) and CONFORMANCE_SEEDS (the specifications).
/// </summary>
public static class HarnessPaths
{
    public const string DefaultResultsFolder = "reports/results";

    public const string CheckpointFileName = "checkpoints.jsonl";

    /// <summary>The repository root above <paramref name="start"/> (default: the application's base directory, then the working directory).</summary>
    public static string RepositoryRoot(string? start = null)
    {
        foreach (string origin in start is null ? [AppContext.BaseDirectory, Directory.GetCurrentDirectory()] : new[] { start })
        {
            for (DirectoryInfo? at = new(origin); at is not null; at = at.Parent)
            {
                if (File.Exists(Path.Combine(at.FullName, "Conformance.sln")))
                {
                    return at.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"no Conformance.sln above {start ?? AppContext.BaseDirectory}");
    }

    public static string CatalogDirectory(string? root = null) => Path.Combine(root ?? RepositoryRoot(), "catalog");

    public static string ProfileDirectory(string? root = null) => Path.Combine(root ?? RepositoryRoot(), "profiles");

    public static string SeedDirectory(string? root = null) =>
        Environment.GetEnvironmentVariable("CONFORMANCE_SEEDS") is { Length: > 0 } seeds
            ? seeds
            : Path.GetFullPath(Path.Combine(root ?? RepositoryRoot(), "..", "shared", "seeds"));

    /// <summary>The results folder of the run: CONFORMANCE_RESULTS, or reports/results under the repository root.</summary>
    public static string ResultsFolder(string? root = null) =>
        Environment.GetEnvironmentVariable("CONFORMANCE_RESULTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(root ?? RepositoryRoot(), DefaultResultsFolder);

    /// <summary>The checkpoint file: CONFORMANCE_CHECKPOINTS, or checkpoints.jsonl in <see cref="ResultsFolder"/>.</summary>
    public static string CheckpointFile(string? root = null) =>
        Environment.GetEnvironmentVariable("CONFORMANCE_CHECKPOINTS") is { Length: > 0 } file
            ? file
            : Path.Combine(ResultsFolder(root), CheckpointFileName);
}
