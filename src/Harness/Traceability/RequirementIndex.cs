namespace Conformance.Harness.Traceability;

using Conformance.Harness.Catalog;

/// <summary>
/// The live entries of every catalog by ID, the lookup behind checkpoints, the scanner and the reports.
/// Retired entries are kept apart so a test still naming one gets a precise message.
/// </summary>
public sealed class RequirementIndex
{
    private readonly Dictionary<string, CatalogEntry> live;
    private readonly Dictionary<string, CatalogEntry> retired;
    private readonly Dictionary<string, string> documentOf;

    public RequirementIndex(IEnumerable<RequirementCatalog> catalogs)
    {
        Catalogs = [.. catalogs];
        live = new(StringComparer.Ordinal);
        retired = new(StringComparer.Ordinal);
        documentOf = new(StringComparer.Ordinal);
        foreach (RequirementCatalog catalog in Catalogs)
        {
            foreach (CatalogEntry entry in catalog.Entries)
            {
                (entry.Retired ? retired : live)[entry.Id] = entry;
                documentOf[entry.Id] = catalog.Document;
            }
        }
    }

    public IReadOnlyList<RequirementCatalog> Catalogs { get; }

    /// <summary>The live entries, catalog by catalog in file order.</summary>
    public IEnumerable<CatalogEntry> Entries => Catalogs.SelectMany(c => c.Entries).Where(e => !e.Retired);

    /// <summary>Every <c>MS-*.json</c> catalog of <paramref name="directory"/>.</summary>
    public static RequirementIndex Load(string directory)
    {
        string[] files = Directory.GetFiles(directory, "MS-*.json");
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"no catalog (MS-*.json) in {directory}");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return new RequirementIndex(files.Select(RequirementCatalog.Load));
    }

    public bool Contains(string id) => live.ContainsKey(id);

    public bool TryGet(string id, out CatalogEntry entry)
    {
        if (live.TryGetValue(id, out CatalogEntry? found))
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>The live entry <paramref name="id"/>; an unknown or retired ID throws <see cref="UnknownRequirementException"/> saying which.</summary>
    public CatalogEntry Get(string id) =>
        live.TryGetValue(id, out CatalogEntry? entry) ? entry : throw new UnknownRequirementException(WhyUnknown(id));

    /// <summary>The document (MS-OXCPRPT) whose catalog holds <paramref name="id"/>.</summary>
    public string DocumentOf(string id) => documentOf.TryGetValue(id, out string? document) ? document : throw new UnknownRequirementException(WhyUnknown(id));

    /// <summary>Why <paramref name="id"/> cannot be used, in words a test author can act on.</summary>
    public string WhyUnknown(string id)
    {
        if (retired.TryGetValue(id, out CatalogEntry? gone))
        {
            return $"requirement {id} is retired (its statement in {gone.Section} is gone from the current document); tag the entry that replaced it";
        }

        string known = string.Join(", ", Catalogs.Select(c => c.Document));
        string? document = Catalogs.Select(c => c.Document).FirstOrDefault(d => id.StartsWith(d + "-R", StringComparison.Ordinal));
        return document is null
            ? $"requirement {id} names no catalog; IDs look like MS-OXCPRPT-R0042 and the catalogs are {known}"
            : $"requirement {id} is not in catalog/{RequirementCatalog.FileNameFor(document)} (its IDs go up to {Catalogs.First(c => c.Document == document).Entries.Select(e => e.Id).DefaultIfEmpty("none").Max(StringComparer.Ordinal)})";
    }
}
