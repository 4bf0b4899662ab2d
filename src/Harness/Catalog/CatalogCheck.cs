namespace Conformance.Harness.Catalog;

/// <summary>
/// The comparison of a catalog with a document: statements without an entry (missing), live entries
/// whose statement is gone (stale), and entries still to be written (incomplete).
/// </summary>
public sealed record CatalogCheck(
    IReadOnlyList<NormativeStatement> Missing,
    IReadOnlyList<CatalogEntry> Stale,
    IReadOnlyList<(CatalogEntry Entry, string Gaps)> Incomplete,
    int Matched)
{
    public bool Passed => Missing.Count == 0 && Stale.Count == 0 && Incomplete.Count == 0;

    public static CatalogCheck Run(SpecificationDocument document, RequirementCatalog catalog)
    {
        IReadOnlyList<NormativeStatement> statements = StatementExtractor.Extract(document);
        var live = catalog.Entries.Where(e => !e.Retired).ToDictionary(e => e.Key);
        var present = statements.Select(s => s.Key).ToHashSet();
        NormativeStatement[] missing = [.. statements.Where(s => !live.ContainsKey(s.Key))];
        CatalogEntry[] stale = [.. live.Values.Where(e => !present.Contains(e.Key))];
        (CatalogEntry, string)[] incomplete = [.. live.Values.Where(e => present.Contains(e.Key) && e.Gaps().Any()).Select(e => (e, string.Join(", ", e.Gaps())))];
        return new CatalogCheck(missing, stale, incomplete, statements.Count - missing.Length);
    }
}
