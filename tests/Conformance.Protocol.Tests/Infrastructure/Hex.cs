namespace Conformance.Protocol.Tests.Infrastructure;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Reads the byte dumps of the specifications' section 4 ("0010: 00 00 00 00-00 12 00 00"):
/// the offset before the colon is dropped, dashes are separators, case is ignored.
/// </summary>
public static partial class Hex
{
    public static byte[] Parse(string dump)
    {
        var bytes = new List<byte>();
        foreach (string rawLine in dump.Split('\n'))
        {
            string line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            Match offset = OffsetPrefix().Match(line);
            if (offset.Success)
            {
                line = line[offset.Length..];
            }

            foreach (Match pair in BytePair().Matches(line.Replace('-', ' ')))
            {
                bytes.Add(byte.Parse(pair.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"^[0-9A-Fa-f]{4}:")]
    private static partial Regex OffsetPrefix();

    [GeneratedRegex(@"\b[0-9A-Fa-f]{2}\b")]
    private static partial Regex BytePair();
}
