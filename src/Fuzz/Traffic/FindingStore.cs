namespace Conformance.Fuzz.Traffic;

using System.Text.Json;

/// <summary>The findings of a campaign: one folder per signature under <c>&lt;out&gt;/findings/</c>, so duplicates collapse.</summary>
public sealed class FindingStore(string outputFolder)
{
    public const string FindingFileName = "finding.json";

    public string Folder { get; } = Path.Combine(outputFolder, "findings");

    public bool Contains(string signature) => File.Exists(Path.Combine(Folder, signature, FindingFileName));

    public IReadOnlyList<TrafficFinding> All() =>
        Directory.Exists(Folder)
            ? [.. Directory.GetDirectories(Folder).Select(d => Path.Combine(d, FindingFileName)).Where(File.Exists).Select(TrafficFinding.Load).OrderBy(f => f.Signature, StringComparer.Ordinal)]
            : [];

    /// <summary>Saves <paramref name="finding"/> (finding.json, request.hex, request.bin).</summary>
    public string Save(TrafficFinding finding)
    {
        string folder = Path.Combine(Folder, finding.Signature);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, FindingFileName), JsonSerializer.Serialize(finding, TrafficFinding.JsonOptions));
        File.WriteAllText(Path.Combine(folder, "request.hex"), finding.RequestHex + Environment.NewLine);
        File.WriteAllBytes(Path.Combine(folder, "request.bin"), Convert.FromHexString(finding.RequestHex));
        return folder;
    }

    /// <summary>Counts one more hit of a known signature.</summary>
    public void CountHit(string signature)
    {
        TrafficFinding known = TrafficFinding.Load(Path.Combine(Folder, signature));
        File.WriteAllText(Path.Combine(Folder, signature, FindingFileName), JsonSerializer.Serialize(known with { Hits = known.Hits + 1 }, TrafficFinding.JsonOptions));
    }
}
