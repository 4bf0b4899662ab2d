namespace Conformance.Fuzz.Traffic;

using System.Text.Json;

/// <summary>
/// The resumable state of a campaign, saved periodically and on Ctrl+C as <c>&lt;out&gt;/state.json</c>: the seed, the
/// case counter, the corpus (cases that showed new behaviour) and the findings' signatures.
/// </summary>
public sealed record CampaignState
{
    public const string FileName = "state.json";

    public required string Target { get; init; }

    public required string TargetKind { get; init; }

    public required int Seed { get; init; }

    public long CaseNumber { get; set; }

    public double ElapsedSeconds { get; set; }

    public List<CorpusEntry> Corpus { get; init; } = [];

    /// <summary>The (ROP, ReturnValue) pairs and call codes seen: a case that adds one joins the corpus.</summary>
    public HashSet<string> Features { get; init; } = [];

    public List<string> Findings { get; init; } = [];

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, FileName);
        string temporary = path + ".tmp";

        // Written aside and moved, so a kill in the middle leaves the previous state whole.
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, TrafficFinding.JsonOptions));
        File.Move(temporary, path, overwrite: true);
    }

    public static CampaignState Load(string folder)
    {
        string path = Path.Combine(folder, FileName);
        return JsonSerializer.Deserialize<CampaignState>(File.ReadAllText(path), TrafficFinding.JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no campaign state");
    }
}

/// <summary>One corpus case, as hex ROPs and handle slots.</summary>
public sealed record CorpusEntry(IReadOnlyList<string> Rops, IReadOnlyList<uint> HandleSlots, int RopSizeDelta)
{
    public static CorpusEntry From(TrafficCase trafficCase) => new(trafficCase.RopsHex, trafficCase.HandleSlots, trafficCase.RopSizeDelta);

    public TrafficCase ToCase() => TrafficCase.FromHex(Rops, HandleSlots, RopSizeDelta);
}
