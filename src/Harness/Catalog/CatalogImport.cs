namespace Conformance.Harness.Catalog;

/// <summary>
/// Applies the human part of entries written as tab-separated lines (for example from a spreadsheet):
/// id, role, verification, reason it cannot be tested (may be empty), summary. Unknown ids and
/// malformed lines are reported with their line number, not guessed at.
/// </summary>
public static class CatalogImport
{
    public static (int Updated, IReadOnlyList<string> Problems) Apply(RequirementCatalog catalog, IEnumerable<string> lines)
    {
        var byId = catalog.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        int updated = 0;
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != 5)
            {
                problems.Add($"line {number}: {fields.Length} fields, expected 5 (id, role, verification, reason, summary)");
                continue;
            }

            if (!byId.TryGetValue(fields[0].Trim(), out CatalogEntry? entry))
            {
                if (fields[0].StartsWith(catalog.Document + "-", StringComparison.Ordinal))
                {
                    problems.Add($"line {number}: no entry {fields[0]}");
                }

                continue;
            }

            if (!Enum.TryParse(fields[1].Trim(), ignoreCase: true, out RequirementRole role) || !Enum.IsDefined(role))
            {
                problems.Add($"line {number}: role '{fields[1]}' is not Server, Client or Both");
                continue;
            }

            if (!Enum.TryParse(fields[2].Trim(), ignoreCase: true, out VerificationKind verification) || !Enum.IsDefined(verification))
            {
                problems.Add($"line {number}: verification '{fields[2]}' is not Test, Adapter, Client or NotTestable");
                continue;
            }

            entry.Role = role;
            entry.Verification = verification;
            entry.NotTestableReason = string.IsNullOrWhiteSpace(fields[3]) ? null : fields[3].Trim();
            entry.Summary = fields[4].Trim();
            updated++;
        }

        return (updated, problems);
    }
}
