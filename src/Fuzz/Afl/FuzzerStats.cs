namespace Conformance.Fuzz.Afl;

using System.Globalization;

/// <summary>AFL++'s out/default/fuzzer_stats: "key : value" lines, rewritten every few seconds.</summary>
public sealed record FuzzerStats(IReadOnlyDictionary<string, string> Values)
{
    public double ExecsPerSecond => Number("execs_per_sec");

    public long Executions => (long)Number("execs_done");

    public long CorpusCount => (long)Number("corpus_count", "paths_total");

    public long Crashes => (long)Number("saved_crashes", "unique_crashes");

    public long Hangs => (long)Number("saved_hangs", "unique_hangs");

    public long EdgesFound => (long)Number("edges_found");

    public string BitmapCoverage => Values.GetValueOrDefault("bitmap_cvg", "?");

    public string Stability => Values.GetValueOrDefault("stability", "?");

    public static FuzzerStats? TryRead(string path)
    {
        try
        {
            return Parse(File.ReadAllLines(path));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The last row of out/default/plot_data, which AFL++ appends every few seconds (fuzzer_stats is rewritten only
    /// about once a minute): relative_time, cycles_done, cur_item, corpus_count, pending_total, pending_favs,
    /// map_size (bitmap_cvg), saved_crashes, saved_hangs, max_depth, execs_per_sec, total_execs, edges_found.
    /// </summary>
    public static FuzzerStats? TryReadPlot(string path)
    {
        try
        {
            string? last = File.ReadLines(path).LastOrDefault(l => !l.StartsWith('#'));
            string[] fields = last?.Split(',', StringSplitOptions.TrimEntries) ?? [];
            if (fields.Length < 13)
            {
                return null;
            }

            string[] keys = ["relative_time", "cycles_done", "cur_item", "corpus_count", "pending_total", "pending_favs", "bitmap_cvg", "saved_crashes", "saved_hangs", "max_depth", "execs_per_sec", "execs_done", "edges_found"];
            return new FuzzerStats(keys.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static FuzzerStats Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new FuzzerStats(values);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"execs {Executions} ({ExecsPerSecond:F0}/s), corpus {CorpusCount}, edges {EdgesFound} ({BitmapCoverage}), stability {Stability}, crashes {Crashes}, hangs {Hangs}");

    private double Number(params string[] keys)
    {
        foreach (string key in keys)
        {
            if (Values.TryGetValue(key, out string? text) && double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                return value;
            }
        }

        return 0;
    }
}
