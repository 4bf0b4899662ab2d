namespace Conformance.Harness.Traceability;

using Conformance.Harness.Catalog;

/// <summary>
/// The test coverage figure of the catalogs: per document, the server-side (role Server or Both) MUST,
/// MUST NOT, SHOULD and SHOULD NOT entries of verification Test that at least one test is tagged with.
/// MAY entries, client obligations and Adapter/NotTestable entries are outside the figure.
/// </summary>
public static class CoverageReport
{
    public static IReadOnlyList<DocumentCoverage> Compute(RequirementIndex index, IEnumerable<TaggedTest> tagged)
    {
        var taggedIds = tagged.Select(t => t.RequirementId).ToHashSet(StringComparer.Ordinal);
        return [.. index.Catalogs.Select(catalog =>
        {
            CatalogEntry[] counted = [.. catalog.Entries.Where(Counts)];
            return new DocumentCoverage(catalog.Document, counted.Count(e => taggedIds.Contains(e.Id)), counted.Length);
        })];
    }

    /// <summary>Whether an entry is part of the figure.</summary>
    public static bool Counts(CatalogEntry entry) =>
        !entry.Retired
        && entry.Verification == VerificationKind.Test
        && entry.Role != RequirementRole.Client
        && entry.Level is RequirementLevel.Must or RequirementLevel.MustNot or RequirementLevel.Should or RequirementLevel.ShouldNot;

    /// <summary>One line per document, then the total.</summary>
    public static string Format(IReadOnlyList<DocumentCoverage> coverage)
    {
        int covered = coverage.Sum(c => c.Covered);
        int total = coverage.Sum(c => c.Total);
        return string.Join(Environment.NewLine, coverage.Select(c => c.ToString()).Append(new DocumentCoverage("all", covered, total).ToString()));
    }
}
