namespace Conformance.Fuzz.Traffic;

using System.Text;

/// <summary>
/// An oracle that fired: which one, on which ROP, and the error kind or field that makes the finding distinct. The
/// signature (oracle + ROP + kind) deduplicates findings and is what minimisation and replay must reproduce.
/// </summary>
public sealed record OracleVerdict(string Oracle, string Rop, string Kind, string Message)
{
    public string Signature => Sanitize($"{Oracle}-{Rop}-{Kind}");

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.Length > 120 ? builder.ToString(0, 120) : builder.ToString();
    }
}
