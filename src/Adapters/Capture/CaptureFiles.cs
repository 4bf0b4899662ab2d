namespace Conformance.Adapters.Capture;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Where a test's capture lives: <c>&lt;folder&gt;/&lt;target&gt;/&lt;test full name&gt;.jsonl</c>, the name made safe for
/// any file system (characters outside letters, digits and <c>. _ - ( ) , =</c> become <c>_</c>; a long name is
/// cut and ends with a hash of the whole, so two tests never share a file).
/// </summary>
public static class CaptureFiles
{
    public const string Extension = ".jsonl";

    // Well under the 255-byte limit of common file systems, with room for the hash and the extension.
    private const int MaximumNameLength = 180;

    /// <summary>The capture file of <paramref name="testFullName"/> in the captures of <paramref name="target"/>.</summary>
    public static string PathFor(string folder, string target, string testFullName) =>
        Path.Combine(folder, FileName(target), FileName(testFullName) + Extension);

    /// <summary>The capture file of <paramref name="testFullName"/> in a folder that holds one target's captures.</summary>
    public static string PathFor(string targetFolder, string testFullName) =>
        Path.Combine(targetFolder, FileName(testFullName) + Extension);

    /// <summary><paramref name="name"/> as a portable file name (without extension).</summary>
    public static string FileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var safe = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '(' or ')' or ',' or '=' ? c : '_');
        }

        // Leading or trailing dots make hidden or unnamed files on some systems.
        string text = safe.ToString().Trim('.');
        if (text.Length == 0)
        {
            text = "_";
        }

        if (text.Length <= MaximumNameLength && string.Equals(text, name, StringComparison.Ordinal))
        {
            return text;
        }

        // Replaced characters or a cut could make two names collide; the hash of the original keeps them apart.
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
        return text.Length <= MaximumNameLength ? $"{text}_{hash}" : $"{text[..MaximumNameLength]}_{hash}";
    }
}
