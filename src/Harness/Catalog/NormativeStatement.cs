namespace Conformance.Harness.Catalog;

/// <summary>
/// One checkable claim extracted from a specification: its section, kind, level, the fingerprint of its
/// source sentence and, when a sentence holds several keywords, which occurrence it is. The cleaned
/// text is kept for display and diffs only; catalogs store the fingerprint.
/// </summary>
public sealed record NormativeStatement(
    string Section,
    StatementKind Kind,
    RequirementLevel Level,
    string Fingerprint,
    int Occurrence,
    IReadOnlyList<int> Footnotes,
    string Text)
{
    /// <summary>What matches a catalog entry to a statement.</summary>
    public StatementKey Key => new(Section, Fingerprint, Occurrence);
}

/// <summary>Section, fingerprint and occurrence: the identity of a statement across runs.</summary>
public readonly record struct StatementKey(string Section, string Fingerprint, int Occurrence)
{
    public override string ToString() => $"{Section} {Fingerprint}#{Occurrence}";
}
