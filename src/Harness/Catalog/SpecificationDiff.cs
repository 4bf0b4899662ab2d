namespace Conformance.Harness.Catalog;

/// <summary>
/// What a revision of a document changed in its normative statements: added, removed, and changed
/// (a removed and an added statement of the same section whose words mostly agree).
/// </summary>
public sealed record SpecificationDiff(
    IReadOnlyList<NormativeStatement> Added,
    IReadOnlyList<NormativeStatement> Removed,
    IReadOnlyList<(NormativeStatement Old, NormativeStatement New)> Changed)
{
    /// <summary>The share of common words above which two statements of one section count as one changed statement.</summary>
    public const double ChangedSimilarity = 0.6;

    public static SpecificationDiff Compare(SpecificationDocument old, SpecificationDocument revised)
    {
        IReadOnlyList<NormativeStatement> before = StatementExtractor.Extract(old);
        IReadOnlyList<NormativeStatement> after = StatementExtractor.Extract(revised);
        var beforeKeys = before.Select(s => (s.Fingerprint, s.Occurrence)).ToHashSet();
        var afterKeys = after.Select(s => (s.Fingerprint, s.Occurrence)).ToHashSet();
        var removed = before.Where(s => !afterKeys.Contains((s.Fingerprint, s.Occurrence))).ToList();
        var added = after.Where(s => !beforeKeys.Contains((s.Fingerprint, s.Occurrence))).ToList();

        var changed = new List<(NormativeStatement, NormativeStatement)>();
        foreach (NormativeStatement gone in removed.ToArray())
        {
            NormativeStatement? match = added
                .Where(a => a.Section == gone.Section && a.Occurrence == gone.Occurrence)
                .Select(a => (Statement: a, Similarity: Similarity(gone.Text, a.Text)))
                .Where(p => p.Similarity >= ChangedSimilarity)
                .OrderByDescending(p => p.Similarity)
                .Select(p => p.Statement)
                .FirstOrDefault();
            if (match is not null)
            {
                changed.Add((gone, match));
                removed.Remove(gone);
                added.Remove(match);
            }
        }

        return new SpecificationDiff(added, removed, changed);
    }

    private static double Similarity(string a, string b)
    {
        var left = TextNormalizer.Normalize(a).Split(' ').ToHashSet();
        var right = TextNormalizer.Normalize(b).Split(' ').ToHashSet();
        int union = left.Union(right).Count();
        return union == 0 ? 1 : (double)left.Intersect(right).Count() / union;
    }
}
