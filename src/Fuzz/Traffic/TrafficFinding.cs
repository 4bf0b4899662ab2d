namespace Conformance.Fuzz.Traffic;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// A saved finding: everything needed to reproduce it (target, seed, case number, the session prelude, the minimised
/// case and the bytes sent) and the oracle that fired. Stored as finding.json in its signature's folder.
/// </summary>
public sealed record TrafficFinding
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public required string Signature { get; init; }

    public required string Oracle { get; init; }

    public required string Rop { get; init; }

    public required string Kind { get; init; }

    public required string Message { get; init; }

    /// <summary>The configured target name (conformance.json) and its kind.</summary>
    public required string Target { get; init; }

    public required string TargetKind { get; init; }

    public required string User { get; init; }

    public required int Seed { get; init; }

    public required long CaseNumber { get; init; }

    public required int HangMilliseconds { get; init; }

    public string Prelude { get; init; } = SessionPrelude.Description;

    /// <summary>The case as run (minimised when <see cref="Minimized"/>): one hex string per ROP.</summary>
    public required IReadOnlyList<string> Rops { get; init; }

    /// <summary>The handle table slots; 0xF7F70000 + i is the prelude's handle i (0 logon, 1 test folder, 2 message).</summary>
    public required IReadOnlyList<uint> HandleSlots { get; init; }

    public int RopSizeDelta { get; init; }

    /// <summary>The whole ROP input buffer as last sent, prelude handles resolved (hex).</summary>
    public required string RequestHex { get; init; }

    public bool Minimized { get; init; }

    /// <summary>The case as first found, before minimisation.</summary>
    public IReadOnlyList<string>? OriginalRops { get; init; }

    public DateTimeOffset Found { get; init; }

    /// <summary>How often the campaign hit this signature.</summary>
    public int Hits { get; init; } = 1;

    [JsonIgnore]
    public TrafficCase Case => TrafficCase.FromHex(Rops, HandleSlots, RopSizeDelta);

    public static TrafficFinding Load(string pathOrFolder)
    {
        string path = Directory.Exists(pathOrFolder) ? Path.Combine(pathOrFolder, FindingStore.FindingFileName) : pathOrFolder;
        return JsonSerializer.Deserialize<TrafficFinding>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no finding");
    }
}
