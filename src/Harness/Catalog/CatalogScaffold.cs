namespace Conformance.Harness.Catalog;

/// <summary>
/// Brings a catalog up to date with a document for editing: adds an entry with a new ID for each missing
/// statement (level, kind, section, footnotes and a first guess at role and verification, no summary) and
/// retires entries whose statement is gone. IDs are never reused.
/// </summary>
public static class CatalogScaffold
{
    public static (int Added, int Retired) Apply(SpecificationDocument document, RequirementCatalog catalog)
    {
        CatalogCheck check = CatalogCheck.Run(document, catalog);
        foreach (CatalogEntry stale in check.Stale)
        {
            stale.Retired = true;
        }

        foreach (NormativeStatement statement in check.Missing)
        {
            RequirementRole role = RoleOf(statement);
            catalog.Entries.Add(new CatalogEntry
            {
                Id = catalog.NextId(),
                Section = statement.Section,
                Kind = statement.Kind,
                Level = statement.Level,
                Role = role,
                Verification = statement.Kind == StatementKind.Layout ? VerificationKind.Adapter : role == RequirementRole.Client ? VerificationKind.Client : VerificationKind.Test,
                Footnotes = [.. statement.Footnotes],
                Fingerprint = statement.Fingerprint,
                Occurrence = statement.Occurrence,
            });
        }

        return (check.Missing.Count, check.Stale.Count);
    }

    // Section 3.1 is client details and 3.2 server details ([MS-OXCPRPT] 3); the messages of section 2 bind both.
    private static RequirementRole RoleOf(NormativeStatement statement) =>
        statement.Section.StartsWith("3.1", StringComparison.Ordinal) ? RequirementRole.Client
        : statement.Section.StartsWith("3.2", StringComparison.Ordinal) ? RequirementRole.Server
        : statement.Text.Contains("client", StringComparison.OrdinalIgnoreCase) && !statement.Text.Contains("server", StringComparison.OrdinalIgnoreCase) ? RequirementRole.Client
        : statement.Text.Contains("server", StringComparison.OrdinalIgnoreCase) && !statement.Text.Contains("client", StringComparison.OrdinalIgnoreCase) ? RequirementRole.Server
        : RequirementRole.Both;
}
