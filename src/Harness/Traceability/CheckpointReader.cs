namespace Conformance.Harness.Traceability;

using System.Text.Json;

/// <summary>
/// Loads checkpoints back (for the reports): one checkpoints.jsonl file, or a run's results folder, whose
/// *.jsonl files (one per suite assembly, since suites run in parallel processes) are read in name order.
/// A line that is not a checkpoint is an error naming the file and line.
/// </summary>
public static class CheckpointReader
{
    /// <summary>Whether <paramref name="path"/> is a checkpoint file or a folder of them.</summary>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    public static IReadOnlyList<Checkpoint> Load(string path) =>
        Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(file => Parse(File.ReadLines(file), file))]
            : Parse(File.ReadLines(path), path);

    public static IReadOnlyList<Checkpoint> Parse(IEnumerable<string> lines, string source = "checkpoints")
    {
        var checkpoints = new List<Checkpoint>();
        int number = 0;
        foreach (string line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                Checkpoint? checkpoint = JsonSerializer.Deserialize<Checkpoint>(line, CheckpointJson.Options);
                checkpoints.Add(checkpoint is { RequirementId.Length: > 0 } ? checkpoint : throw new InvalidDataException($"{source} line {number}: no requirementId"));
            }
            catch (JsonException error)
            {
                throw new InvalidDataException($"{source} line {number}: not a checkpoint ({error.Message})", error);
            }
        }

        return checkpoints;
    }
}
