namespace Conformance.Harness.Traceability;

using System.Text.Json;

/// <summary>Loads checkpoints.jsonl back (for the reports). A line that is not a checkpoint is an error naming the line.</summary>
public static class CheckpointReader
{
    public static IReadOnlyList<Checkpoint> Load(string path) => Parse(File.ReadLines(path), path);

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
