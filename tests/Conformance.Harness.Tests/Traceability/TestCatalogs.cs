namespace Conformance.Harness.Tests.Traceability;

using Conformance.Harness.Catalog;
using Conformance.Harness.Tests.Catalog;
using Conformance.Harness.Traceability;

/// <summary>The repository's catalogs and seeds, loaded once for the traceability tests.</summary>
internal static class TestCatalogs
{
    private static readonly Lazy<RequirementIndex> LazyIndex = new(() => RequirementIndex.Load(Path.Combine(Seeds.RepositoryRoot(), "catalog")));

    private static readonly Lazy<IReadOnlyList<LayoutRule>> LazyRules = new(() =>
    {
        SpecificationDocument[] documents = [.. new[] { "000_8329ee2644ed3b81.txt", "001_752666a688d44e12.txt", "002_434183b08cc4d1c1.txt" }
            .Select(f => SpecificationDocument.Load(Path.Combine(Seeds.Directory(), f)))];
        return LayoutRuleSet.Build(documents, Index, out _);
    });

    public static RequirementIndex Index => LazyIndex.Value;

    public static IReadOnlyList<LayoutRule> LayoutRules => LazyRules.Value;

    public static CheckpointRecorder Recorder(CheckpointSink sink) => new(Index, sink, () => "Synthetic.Test");
}
