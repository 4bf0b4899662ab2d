namespace Conformance.Harness.Catalog;

using System.Text.RegularExpressions;

/// <summary>
/// A plain-text copy of an Exchange protocol document: its name ([MS-OXCPRPT]), its numbered sections
/// and the product-behavior notes of Appendix A. Headings are recognised by number and order, so the
/// table of contents and numbered lists in the body are not mistaken for sections.
/// </summary>
public sealed partial class SpecificationDocument
{
    private SpecificationDocument(string name, IReadOnlyList<SpecificationSection> sections, IReadOnlyDictionary<int, string> footnotes)
    {
        Name = name;
        Sections = sections;
        Footnotes = footnotes;
    }

    /// <summary>The document's short name without brackets, for example MS-OXCPRPT.</summary>
    public string Name { get; }

    public IReadOnlyList<SpecificationSection> Sections { get; }

    /// <summary>The product-behavior notes of Appendix A by number (text cleaned).</summary>
    public IReadOnlyDictionary<int, string> Footnotes { get; }

    public static SpecificationDocument Load(string path) => Parse(File.ReadAllLines(path), path);

    /// <summary>
    /// The protocol documents among the *.txt files of <paramref name="directory"/> named in <paramref name="wanted"/>;
    /// other files (an overview, an index of documents) are skipped by the name in their first lines.
    /// </summary>
    public static IReadOnlyList<SpecificationDocument> LoadFolder(string directory, IReadOnlySet<string> wanted) =>
        [.. Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Lines: File.ReadAllLines(path)))
            .Where(file => file.Lines.Take(10).Select(l => DocumentName().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value is { } name && wanted.Contains(name))
            .Select(file => Parse(file.Lines, file.Path))];

    public static SpecificationDocument Parse(IReadOnlyList<string> lines, string source = "document")
    {
        string name = lines.Take(10).Select(l => DocumentName().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value
            ?? throw new InvalidDataException($"{source}: no [MS-XXXX] document name in its first lines");

        lines = JoinPageBreaks(lines);
        var sections = new List<SpecificationSection>();
        string? number = null;
        string title = string.Empty;
        var body = new List<string>();
        int[] previous = [];
        foreach (string line in lines)
        {
            Match heading = Heading().Match(line);
            if (heading.Success && Follows(previous, Parts(heading.Groups[1].Value)))
            {
                if (number is not null)
                {
                    sections.Add(new SpecificationSection(number, title, [.. body]));
                }

                number = heading.Groups[1].Value;
                title = heading.Groups[2].Value.Trim();
                previous = Parts(number);
                body.Clear();
            }
            else if (number is not null)
            {
                body.Add(line);
            }
        }

        if (number is not null)
        {
            sections.Add(new SpecificationSection(number, title, [.. body]));
        }

        var footnotes = new Dictionary<int, string>();
        foreach (SpecificationSection appendix in sections.Where(s => s.Title.StartsWith("Appendix A", StringComparison.Ordinal)))
        {
            foreach (string line in appendix.Lines)
            {
                Match note = Footnote().Match(line);
                if (note.Success)
                {
                    footnotes[int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = TextNormalizer.Clean(note.Groups[2].Value);
                }
            }
        }

        return new SpecificationDocument(name, sections, footnotes);
    }

    /// <summary>
    /// Rejoins paragraphs the conversion cut at page breaks: a line that stops mid-sentence (a letter,
    /// comma or the like), a blank line, then a line that starts in lower case or with code markup.
    /// </summary>
    private static List<string> JoinPageBreaks(IReadOnlyList<string> lines)
    {
        var joined = new List<string>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            while (i + 2 < lines.Count && BrokenEnd().IsMatch(line) && !line.Contains('\t', StringComparison.Ordinal)
                && string.IsNullOrWhiteSpace(lines[i + 1]) && Continuation().IsMatch(lines[i + 2]))
            {
                line = line.TrimEnd() + " " + lines[i + 2].TrimStart();
                i += 2;
            }

            joined.Add(line);
        }

        return joined;
    }

    private static int[] Parts(string number) => [.. number.Split('.').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>
    /// Whether <paramref name="next"/> can follow <paramref name="previous"/> in a document: its first
    /// child, its next sibling, or the next sibling of an ancestor. The first heading must be 1.
    /// </summary>
    private static bool Follows(int[] previous, int[] next)
    {
        if (previous.Length == 0)
        {
            return next is [1];
        }

        if (next.Length == previous.Length + 1 && next[^1] == 1 && next[..^1].SequenceEqual(previous))
        {
            return true;
        }

        for (int depth = Math.Min(previous.Length, next.Length); depth >= 1; depth--)
        {
            if (next.Length == depth && next[..^1].SequenceEqual(previous[..(depth - 1)]) && next[^1] == previous[depth - 1] + 1)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[A-Za-z,;(]\s*$")]
    private static partial Regex BrokenEnd();

    [GeneratedRegex(@"^\s*[a-z`]")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\[(MS-[A-Z0-9]+)\]")]
    private static partial Regex DocumentName();

    // A heading: a dotted number, one space, a title; no tab (the table of contents uses tabs and page numbers).
    [GeneratedRegex(@"^(\d+(?:\.\d+)*) ([^\t]+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^<(\d+)>\s*(.*)$")]
    private static partial Regex Footnote();
}
