namespace Conformance.Harness.Traceability;

using System.Collections;
using System.Globalization;
using Conformance.Harness.Catalog;

/// <summary>How values and requirements are written in checkpoints and assertion messages.</summary>
public static class CheckpointText
{
    /// <summary>A value as text: bytes in hex, unsigned integers in decimal and hex, other values invariant.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        byte[] bytes => Convert.ToHexString(bytes),
        IEnumerable<byte> bytes => Convert.ToHexString([.. bytes]),
        uint number => $"{number.ToString(CultureInfo.InvariantCulture)} (0x{number.ToString("X8", CultureInfo.InvariantCulture)})",
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The RFC 2119 keyword of a level, as the specifications write it.</summary>
    public static string Keyword(RequirementLevel level) => level switch
    {
        RequirementLevel.Must => "MUST",
        RequirementLevel.MustNot => "MUST NOT",
        RequirementLevel.Should => "SHOULD",
        RequirementLevel.ShouldNot => "SHOULD NOT",
        _ => "MAY",
    };

    /// <summary>The readable line under a failed or not followed checkpoint: ID, keyword, where, the catalog summary, expected, actual, message.</summary>
    public static string Describe(Checkpoint checkpoint, CatalogEntry entry)
    {
        string verdict = checkpoint.Outcome switch
        {
            CheckpointOutcome.Failed => "violated",
            CheckpointOutcome.ShouldNotFollowed => "SHOULD not followed",
            CheckpointOutcome.Observed => "observed",
            CheckpointOutcome.Inconclusive => "inconclusive",
            _ => "verified",
        };
        string message = string.IsNullOrWhiteSpace(checkpoint.Message) ? string.Empty : $"{Environment.NewLine}  {checkpoint.Message}";
        return $"{checkpoint.RequirementId} ({Keyword(entry.Level)}, [{checkpoint.Document}] {entry.Section}) {verdict}: {entry.Summary}"
            + $"{Environment.NewLine}  expected: {checkpoint.Expected}{Environment.NewLine}  actual:   {checkpoint.Actual}{message}";
    }
}
