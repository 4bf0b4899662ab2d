namespace Conformance.Harness.Catalog;

/// <summary>
/// One requirement of the catalog. <see cref="Id"/> is assigned once and never reused; <see cref="Section"/>,
/// <see cref="Fingerprint"/> and <see cref="Occurrence"/> tie it to its source sentence without copying it.
/// </summary>
public sealed class CatalogEntry
{
    /// <summary>For example MS-OXCPRPT-R0042.</summary>
    public string Id { get; set; } = string.Empty;

    public string Section { get; set; } = string.Empty;

    public StatementKind Kind { get; set; }

    public RequirementLevel Level { get; set; }

    public RequirementRole Role { get; set; }

    public VerificationKind Verification { get; set; }

    /// <summary>Why the entry cannot be tested, when <see cref="Verification"/> is NotTestable.</summary>
    public string? NotTestableReason { get; set; }

    /// <summary>The product-behavior notes (Appendix A numbers) attached to the source sentence.</summary>
    public List<int> Footnotes { get; set; } = [];

    /// <summary>What the statement requires, in our own words.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>The hash of the normalized source sentence (<see cref="TextNormalizer.Fingerprint"/>).</summary>
    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>Which statement of this sentence in this section the entry is: its keywords in order, continuing when the sentence stands there twice (0 for the first).</summary>
    public int Occurrence { get; set; }

    /// <summary>Set when the source sentence is gone from the current document; the ID stays retired.</summary>
    public bool Retired { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public StatementKey Key => new(Section, Fingerprint, Occurrence);

    /// <summary>What is still to be written for this entry, or empty when it is complete.</summary>
    public IEnumerable<string> Gaps()
    {
        if (string.IsNullOrWhiteSpace(Summary))
        {
            yield return "summary";
        }

        if (Verification == VerificationKind.NotTestable && string.IsNullOrWhiteSpace(NotTestableReason))
        {
            yield return "reason it cannot be tested";
        }
    }
}
