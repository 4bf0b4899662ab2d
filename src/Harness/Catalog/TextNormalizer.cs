namespace Conformance.Harness.Catalog;

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Turns specification text into a stable form: markdown links and emphasis, footnote markers and
/// the conversion typos listed in the seeds' README are removed, so the same sentence gives the same
/// fingerprint however it was converted. The fingerprint is a hash; the catalog never stores the text.
/// </summary>
public static partial class TextNormalizer
{
    // Conversion typos of the text copies (shared/seeds/README.md and others seen in them): wrong -> right.
    private static readonly (string Wrong, string Right)[] Typos =
    [
        ("PttypString", "PtypString"),
        ("MS-OXCADATA", "MS-OXCDATA"),
        ("MS-OXCFCICS", "MS-OXCFXICS"),
        ("PidLidSharingInitiatorSmtip", "PidLidSharingInitiatorSmtp"),
        ("PidLidSharingInitiatorSmtptp", "PidLidSharingInitiatorSmtp"),
        ("PidLidSharingInitiatorSntp", "PidLidSharingInitiatorSmtp"),
        ("PidLidSharingInitiatorSmtP", "PidLidSharingInitiatorSmtp"),
        ("PropSubmitMessage", "RopSubmitMessage"),
        ("PropRelease", "RopRelease"),
    ];

    /// <summary>Readable text: markdown and footnote markers removed, typos corrected, white space folded.</summary>
    public static string Clean(string text)
    {
        string result = FootnoteLink().Replace(text, string.Empty);
        result = FootnoteMarker().Replace(result, string.Empty);
        result = MarkdownLink().Replace(result, "$1");
        result = result.Replace("**", string.Empty, StringComparison.Ordinal).Replace("\\[", "[", StringComparison.Ordinal).Replace("\\]", "]", StringComparison.Ordinal);
        foreach ((string wrong, string right) in Typos)
        {
            result = result.Replace(wrong, right, StringComparison.Ordinal);
        }

        return Whitespace().Replace(result, " ").Trim();
    }

    /// <summary>The comparison form: <see cref="Clean"/>, lower case, letters and digits only, single spaces.</summary>
    public static string Normalize(string text) =>
        Whitespace().Replace(NonWord().Replace(Clean(text).ToLowerInvariant(), " "), " ").Trim();

    /// <summary>A 16-hex-digit SHA-256 prefix of <see cref="Normalize"/>.</summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))))[..16].ToLowerInvariant();

    /// <summary>The footnote numbers (product-behavior notes of Appendix A) a text refers to.</summary>
    public static IReadOnlyList<int> Footnotes(string text) =>
        [.. FootnoteNumber().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    [GeneratedRegex(@"\[\\?<\d+>\\?\]\(#\)")]
    private static partial Regex FootnoteLink();

    [GeneratedRegex(@"\s?<\d+>")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"<(\d+)>")]
    private static partial Regex FootnoteNumber();

    [GeneratedRegex(@"\[\\?\[?([^\]\\]*)\\?\]?\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
