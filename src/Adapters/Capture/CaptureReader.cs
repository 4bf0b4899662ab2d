namespace Conformance.Adapters.Capture;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// Reads capture files back. Every line must be one <see cref="CaptureRecord"/> with a session and sequence
/// of at least 1, hex buffers and a hex return code; anything else is a <see cref="CaptureFormatException"/>
/// naming the line, so a damaged capture is never replayed half right. Blank lines are allowed.
/// </summary>
public static class CaptureReader
{
    public static IReadOnlyList<CaptureRecord> Load(string path)
    {
        var records = new List<CaptureRecord>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            records.Add(Parse(path, number, line));
        }

        return records;
    }

    /// <summary>Parses one line; <paramref name="path"/> and <paramref name="number"/> only name it in errors.</summary>
    public static CaptureRecord Parse(string path, int number, string line)
    {
        CaptureRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<CaptureRecord>(line, CaptureRecord.JsonOptions);
        }
        catch (JsonException error)
        {
            throw new CaptureFormatException(path, number, $"not a capture record: {error.Message}", error);
        }

        if (record is null)
        {
            throw new CaptureFormatException(path, number, "not a capture record: null");
        }

        if (record.Session < 1 || record.Sequence < 1)
        {
            throw new CaptureFormatException(path, number, $"session ({record.Session}) and sequence ({record.Sequence}) must be at least 1");
        }

        _ = Bytes(path, number, "requestHex", record.RequestHex);
        _ = Bytes(path, number, "responseHex", record.ResponseHex);
        _ = ReturnCode(path, number, record.ReturnCode);
        return record;
    }

    /// <summary>The bytes of a hex field of a record.</summary>
    public static byte[] Bytes(string path, int number, string field, string? hex)
    {
        try
        {
            return Convert.FromHexString(hex ?? string.Empty);
        }
        catch (FormatException error)
        {
            throw new CaptureFormatException(path, number, $"{field} is not hex", error);
        }
    }

    /// <summary>The call-level return code of a record (<c>0x</c> and 8 hex digits).</summary>
    public static uint ReturnCode(string path, int number, string? text)
    {
        if (text is { Length: 10 } && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value))
        {
            return value;
        }

        throw new CaptureFormatException(path, number, $"returnCode '{text}' is not 0x followed by 8 hex digits");
    }
}
