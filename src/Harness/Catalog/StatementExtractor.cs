namespace Conformance.Harness.Catalog;

using System.Text.RegularExpressions;

/// <summary>
/// Extracts the normative statements of a specification: every sentence (or table row) of a normative
/// chapter (2 Messages, 3 Protocol Details, 5 Security) that carries an RFC 2119 keyword in capitals,
/// one statement per keyword occurrence; and every field definition of a ROP buffer in section 2.2.
/// </summary>
public static partial class StatementExtractor
{
    private static readonly HashSet<int> NormativeChapters = [2, 3, 5];

    public static IReadOnlyList<NormativeStatement> Extract(SpecificationDocument document)
    {
        var statements = new List<NormativeStatement>();

        // A sentence can stand twice in one section (the same rule for two fields): later copies continue the occurrence count.
        var occurrences = new Dictionary<(string Section, string Fingerprint), int>();
        int Next(string section, string fingerprint)
        {
            occurrences.TryGetValue((section, fingerprint), out int next);
            occurrences[(section, fingerprint)] = next + 1;
            return next;
        }

        foreach (SpecificationSection section in document.Sections.Where(s => NormativeChapters.Contains(s.Chapter)))
        {
            bool inCode = false;
            bool isBuffer = section.Number.StartsWith("2.2", StringComparison.Ordinal) && section.Title.Contains("Buffer", StringComparison.Ordinal);
            foreach (string raw in section.Lines)
            {
                if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    continue;
                }

                if (inCode || string.IsNullOrWhiteSpace(raw))
                {
                    continue;
                }

                if (isBuffer && FieldDefinition().Match(TextNormalizer.Clean(raw)) is { Success: true } field)
                {
                    string definition = field.Value;
                    string fingerprint = TextNormalizer.Fingerprint(definition);
                    statements.Add(new NormativeStatement(section.Number, StatementKind.Layout, RequirementLevel.Must, fingerprint, Next(section.Number, fingerprint), TextNormalizer.Footnotes(raw), definition));
                }

                foreach (string sentence in Sentences(raw))
                {
                    string clean = TextNormalizer.Clean(sentence);
                    string fingerprint = TextNormalizer.Fingerprint(sentence);
                    foreach (Match keyword in Keyword().Matches(clean))
                    {
                        statements.Add(new NormativeStatement(section.Number, StatementKind.Normative, LevelOf(keyword.Value), fingerprint, Next(section.Number, fingerprint), TextNormalizer.Footnotes(sentence), clean));
                    }
                }
            }
        }

        return statements;
    }

    /// <summary>Splits a line into sentences; a table row (tab-separated) stays one statement.</summary>
    private static IEnumerable<string> Sentences(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? [line.Replace('\t', ' ')] : SentenceEnd().Split(line);

    private static RequirementLevel LevelOf(string keyword) => keyword switch
    {
        "MUST NOT" or "SHALL NOT" => RequirementLevel.MustNot,
        "MUST" or "SHALL" or "REQUIRED" => RequirementLevel.Must,
        "SHOULD NOT" or "NOT RECOMMENDED" => RequirementLevel.ShouldNot,
        "SHOULD" or "RECOMMENDED" => RequirementLevel.Should,
        _ => RequirementLevel.May,
    };

    [GeneratedRegex(@"\b(MUST NOT|MUST|SHALL NOT|SHALL|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|MAY|REQUIRED|OPTIONAL)\b")]
    private static partial Regex Keyword();

    // A sentence ends with . ! or ? after a word, number, bracket, quote or code mark, followed by a capital or markup.
    [GeneratedRegex(@"(?<=[A-Za-z0-9\)\]\*""'`][.!?])\s+(?=[A-Z\[\*(])")]
    private static partial Regex SentenceEnd();

    // "Name (2 bytes): ..." or "Name: ..." at the start of a line: a field of the buffer, up to the end of its first sentence.
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(?: \([^)]*\))?: .*?(?:\.(?=\s|$)|$)")]
    private static partial Regex FieldDefinition();
}
