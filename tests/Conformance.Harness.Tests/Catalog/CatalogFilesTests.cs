namespace Conformance.Harness.Tests.Catalog;

using Conformance.Harness.Catalog;

/// <summary>The catalog files of the repository against the specifications in ../shared/seeds.</summary>
public sealed class CatalogFilesTests
{
    private static IEnumerable<TestCaseData> SeedDocuments() =>
        new[] { ("000_8329ee2644ed3b81.txt", "MS-OXSHARE"), ("001_752666a688d44e12.txt", "MS-OXCPRPT"), ("002_434183b08cc4d1c1.txt", "MS-OXCSTOR") }
            .Select(p => new TestCaseData(p.Item1).SetArgDisplayNames(p.Item2));

    [TestCaseSource(nameof(SeedDocuments))]
    public void CatalogHasEveryStatementAndNothingStale(string seed)
    {
        // What `conformance catalog check` checks, in the test run: 0 missing, 0 stale, 0 incomplete.
        SpecificationDocument document = SpecificationDocument.Load(Path.Combine(Seeds.Directory(), seed));
        string path = Path.Combine(Seeds.RepositoryRoot(), "catalog", RequirementCatalog.FileNameFor(document.Name));
        CatalogCheck check = CatalogCheck.Run(document, RequirementCatalog.Load(path));
        Assert.Multiple(() =>
        {
            Assert.That(check.Missing.Select(m => $"{m.Section} {m.Level}: {m.Text}"), Is.Empty, "missing");
            Assert.That(check.Stale.Select(s => s.Id), Is.Empty, "stale");
            Assert.That(check.Incomplete.Select(i => $"{i.Entry.Id}: no {i.Gaps}"), Is.Empty, "incomplete");
        });
    }

    [TestCaseSource(nameof(SeedDocuments))]
    public void IdsAreUniqueAndNamedAfterTheDocument(string seed)
    {
        SpecificationDocument document = SpecificationDocument.Load(Path.Combine(Seeds.Directory(), seed));
        RequirementCatalog catalog = RequirementCatalog.Load(Path.Combine(Seeds.RepositoryRoot(), "catalog", RequirementCatalog.FileNameFor(document.Name)));
        Assert.Multiple(() =>
        {
            Assert.That(catalog.Document, Is.EqualTo(document.Name));
            Assert.That(catalog.Entries.Select(e => e.Id), Is.Unique);
            Assert.That(catalog.Entries.Select(e => e.Id), Is.All.Match($"^{document.Name}-R[0-9]{{4}}$"));
        });
    }
}
