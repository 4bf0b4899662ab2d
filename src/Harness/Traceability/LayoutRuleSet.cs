namespace Conformance.Harness.Traceability;

using System.Text.RegularExpressions;
using Conformance.Harness.Catalog;
using Conformance.Protocol.Rops;

/// <summary>
/// Binds the Adapter-verified Layout entries of the catalogs to ROP responses. The ROP comes from the title
/// of the entry's section in the specification ("2.2.14.2 RopOpenStream ROP Response Buffer"), the field
/// from the definition the entry was extracted from ("StreamSize (4 bytes): ..."), matched by the entry's
/// fingerprint, so nothing depends on how a summary is worded.
/// </summary>
public static partial class LayoutRuleSet
{
    // Names misspelled in the text copies: [MS-OXCSTOR] 2.2.1.7.x write "RopPublicFolderIsGhosed" and "IsGhosed".
    private static readonly Dictionary<string, string> TitleTypos = new(StringComparer.Ordinal)
    {
        ["RopPublicFolderIsGhosed"] = nameof(RopId.RopPublicFolderIsGhosted),
    };

    private static readonly Dictionary<string, string> FieldTypos = new(StringComparer.Ordinal)
    {
        ["IsGhosed"] = "IsGhosted",
    };

    /// <summary>The rules of every document that has a catalog in <paramref name="index"/>; entries that cannot be bound are listed in <paramref name="unbound"/>.</summary>
    public static IReadOnlyList<LayoutRule> Build(IEnumerable<SpecificationDocument> documents, RequirementIndex index, out IReadOnlyList<string> unbound)
    {
        var rules = new List<LayoutRule>();
        var problems = new List<string>();
        foreach (SpecificationDocument document in documents)
        {
            RequirementCatalog? catalog = index.Catalogs.FirstOrDefault(c => c.Document == document.Name);
            if (catalog is null)
            {
                continue;
            }

            Dictionary<string, SpecificationSection> sections = document.Sections.GroupBy(s => s.Number).ToDictionary(g => g.Key, g => g.First());
            NormativeStatement[] layout = [.. StatementExtractor.Extract(document).Where(s => s.Kind == StatementKind.Layout)];
            Dictionary<StatementKey, NormativeStatement> statements = layout.ToDictionary(s => s.Key);
            foreach (IGrouping<string, CatalogEntry> section in catalog.Entries
                .Where(e => !e.Retired && e.Kind == StatementKind.Layout && e.Verification == VerificationKind.Adapter)
                .GroupBy(e => e.Section))
            {
                if (!sections.TryGetValue(section.Key, out SpecificationSection? title) || ParseTitle(title.Title) is not (RopId rop, ResponseVariant variant))
                {
                    problems.AddRange(section.Select(e => $"{e.Id}: section {section.Key} is not a ROP response buffer"));
                    continue;
                }

                // Fields in document order: all Layout statements of the section, so a count field finds the field it counts.
                var ordered = layout.Where(s => s.Section == section.Key).Select(s => FieldOf(s.Text)).ToList();
                foreach (CatalogEntry entry in section)
                {
                    if (!statements.TryGetValue(entry.Key, out NormativeStatement? statement) || FieldOf(statement.Text) is not { } field)
                    {
                        problems.Add($"{entry.Id}: no field definition in {document.Name} {entry.Section} matches its fingerprint");
                        continue;
                    }

                    int at = ordered.IndexOf(field);
                    string? counted = (field.EndsWith("Count", StringComparison.Ordinal) || field.EndsWith("Size", StringComparison.Ordinal)) && at >= 0 && at + 1 < ordered.Count
                        ? ordered[at + 1]
                        : null;
                    rules.Add(new LayoutRule(entry, rop, variant, field, counted));
                }
            }
        }

        unbound = problems;
        return rules;
    }

    /// <summary>The ROP and variant of a response buffer section title, or null for any other section.</summary>
    public static (RopId Rop, ResponseVariant Variant)? ParseTitle(string title)
    {
        Match match = ResponseTitle().Match(title);
        if (!match.Success)
        {
            return null;
        }

        string name = TitleTypos.GetValueOrDefault(match.Groups[1].Value, match.Groups[1].Value);
        if (!Enum.TryParse(name, out RopId rop))
        {
            return null;
        }

        ResponseVariant variant = title switch
        {
            _ when title.Contains("Redirect", StringComparison.Ordinal) => ResponseVariant.Redirect,
            _ when title.Contains("Private Mailbox", StringComparison.Ordinal) => ResponseVariant.PrivateMailbox,
            _ when title.Contains("Public Folders", StringComparison.Ordinal) => ResponseVariant.PublicFolders,
            _ when title.Contains("Failure", StringComparison.Ordinal) => ResponseVariant.Failure,
            _ => ResponseVariant.Success,
        };
        return (rop, variant);
    }

    private static string? FieldOf(string definition) =>
        FieldName().Match(definition) is { Success: true } m ? FieldTypos.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value) : null;

    [GeneratedRegex(@"^(Rop[A-Za-z]+) ROP .*Response Buffer")]
    private static partial Regex ResponseTitle();

    [GeneratedRegex(@"^([A-Z][A-Za-z0-9]*)(?: \(|:)")]
    private static partial Regex FieldName();
}
