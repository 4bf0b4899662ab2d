namespace Conformance.Harness.Tests.Catalog;

using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.Harness.Catalog;

/// <summary>Sections, statements and fingerprints extracted from a document in the seeds' layout.</summary>
public sealed class ExtractionTests
{
    private static IReadOnlyList<NormativeStatement> Extract(string[] lines) => StatementExtractor.Extract(SpecificationDocument.Parse(lines));

    [Test]
    public void HeadingsFollowTheNumberingAndSkipTheContentsAndLists()
    {
        SpecificationDocument document = SpecificationDocument.Parse(SampleDocument.Lines());
        Assert.Multiple(() =>
        {
            Assert.That(document.Name, Is.EqualTo("MS-OXTEST"));
            Assert.That(document.Sections.Select(s => s.Number), Is.EqualTo(new[] { "1", "2", "2.1", "2.2", "2.2.1", "3", "3.1", "3.2", "4", "5", "5.1", "6" }));
            Assert.That(document.Footnotes[1], Is.EqualTo("Section 3.2: Exchange 2010 does not log it."));
        });
    }

    [Test]
    public void EveryCapitalKeywordOfTheNormativeChaptersIsAStatement()
    {
        IReadOnlyList<NormativeStatement> statements = Extract(SampleDocument.Lines()).Where(s => s.Kind == StatementKind.Normative).ToArray();
        Assert.That(
            statements.Select(s => (s.Section, s.Level, s.Occurrence)),
            Is.EqualTo(new[]
            {
                ("2.2.1", RequirementLevel.MustNot, 0),
                ("2.2.1", RequirementLevel.Must, 0),
                ("3.1", RequirementLevel.May, 0),
                ("3.2", RequirementLevel.Must, 0),
                ("3.2", RequirementLevel.Should, 1),
                ("5.1", RequirementLevel.ShouldNot, 0),
            }),
            "chapters 1 and 4, code blocks and lower-case keywords add nothing");
    }

    [Test]
    public void FootnotesAndEmphasisDoNotChangeTheFingerprint()
    {
        NormativeStatement marked = Extract(SampleDocument.Lines()).First(s => s.Section == "3.2");
        NormativeStatement plain = Extract(SampleDocument.Lines("The server MUST reply with Success and SHOULD log it.")).First(s => s.Section == "3.2");
        Assert.Multiple(() =>
        {
            Assert.That(marked.Fingerprint, Is.EqualTo(plain.Fingerprint));
            Assert.That(marked.Footnotes, Is.EqualTo(new[] { 1 }));
            Assert.That(plain.Footnotes, Is.Empty);
        });
    }

    [Test]
    public void ConversionTyposDoNotChangeTheFingerprint() =>
        Assert.That(TextNormalizer.Fingerprint("See [MS-OXCADATA] for PttypString."), Is.EqualTo(TextNormalizer.Fingerprint("See [MS-OXCDATA] for PtypString.")));

    [Test]
    public void SentenceEndingInCodeMarkupEndsThere()
    {
        // [MS-OXCSTOR] 3.2.5.1.1 writes error names as `ecLoginFailure`; the period after the backtick ends the sentence.
        NormativeStatement[] statements = [.. Extract(SampleDocument.Lines("It SHOULD fail with `ecLoginFailure`. If the mailbox moves, the server MUST fail.")).Where(s => s.Section == "3.2")];
        Assert.That(statements.Select(s => (s.Level, s.Occurrence)), Is.EqualTo(new[] { (RequirementLevel.Should, 0), (RequirementLevel.Must, 0) }));
        Assert.That(statements[0].Fingerprint, Is.Not.EqualTo(statements[1].Fingerprint));
    }

    [Test]
    public void ParagraphCutByAPageBreakIsOneSentenceAgain()
    {
        // The text copies break paragraphs at page ends: a line stopping mid-sentence, a blank line, the rest in lower case.
        string[] lines = SampleDocument.Lines("The number of bytes read MUST be less than or equal to the");
        int at = Array.IndexOf(lines, "The number of bytes read MUST be less than or equal to the");
        lines = [.. lines[..(at + 1)], string.Empty, "value of the MaximumByteCount field.", .. lines[(at + 1)..]];
        NormativeStatement statement = Extract(lines).Single(s => s.Section == "3.2");
        Assert.That(statement.Text, Is.EqualTo("The number of bytes read MUST be less than or equal to the value of the MaximumByteCount field."));
    }

    [Test]
    public void RepeatedSentenceInOneSectionContinuesTheOccurrenceCount()
    {
        NormativeStatement[] statements = [.. Extract(SampleDocument.Lines("The client MUST NOT set undefined bits. The client MUST NOT set undefined bits.")).Where(s => s.Section == "3.2")];
        Assert.That(statements.Select(s => s.Key).ToArray(), Is.Unique.And.Length.EqualTo(2));
        Assert.That(statements.Select(s => s.Occurrence), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void FieldDefinitionsOfRopBuffersAreLayoutStatements()
    {
        NormativeStatement[] layout = [.. Extract(SampleDocument.Lines()).Where(s => s.Kind == StatementKind.Layout)];
        Assert.That(layout.Select(s => s.Text), Is.EqualTo(new[] { "Flags (1 byte): The flags of the request.", "Size: The size of the Data field." }));
    }

    [Test]
    public void SeedStatementsMatchAnIndependentKeywordCount()
    {
        // A plain count, line by line, of the capital keywords under the headings of chapters 2, 3 and 5:
        // the extractor must find exactly as many normative statements (none lost in sentence splitting).
        foreach (string file in Directory.GetFiles(Seeds.Directory(), "00[012]_*.txt"))
        {
            int chapter = 0;
            int expected = 0;
            foreach (string line in File.ReadLines(file))
            {
                Match heading = Regex.Match(line, @"^(\d+)(?:\.\d+)* [^\t]+$");
                if (heading.Success)
                {
                    chapter = int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture);
                    continue;
                }

                if (chapter is 2 or 3 or 5 && !line.StartsWith("0", StringComparison.Ordinal))
                {
                    // "MUST NOT" counts once here as in the extractor, through its MUST.
                    expected += Regex.Matches(line.Replace("**", string.Empty, StringComparison.Ordinal), @"\b(MUST|SHOULD|MAY|SHALL|REQUIRED|RECOMMENDED|OPTIONAL)\b").Count;
                }
            }

            SpecificationDocument document = SpecificationDocument.Load(file);
            int extracted = StatementExtractor.Extract(document).Count(s => s.Kind == StatementKind.Normative);
            Assert.That(extracted, Is.EqualTo(expected), document.Name);
        }
    }
}
