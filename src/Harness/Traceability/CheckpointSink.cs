namespace Conformance.Harness.Traceability;

using System.Text;
using System.Text.Json;

/// <summary>
/// Where checkpoints go: appended to a JSON Lines file, one object per line, from any thread (tests run
/// in parallel and the adapter analyzer records from session callbacks). Each line is written and
/// flushed under a lock, so a crash loses at most the line being written. The recorded checkpoints are
/// also kept in memory for the run's own summary.
/// </summary>
public sealed class CheckpointSink : IDisposable
{
    private readonly Lock gate = new();
    private readonly List<Checkpoint> recorded = [];
    private readonly StreamWriter? writer;

    /// <summary>A sink writing to <paramref name="path"/> (its folder is created): appending, or replacing what a previous run left.</summary>
    public CheckpointSink(string path, bool append = true)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var stream = new FileStream(Path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }

    private CheckpointSink()
    {
        Path = null;
    }

    /// <summary>The file written, or null for an in-memory sink.</summary>
    public string? Path { get; }

    /// <summary>A snapshot of the checkpoints recorded through this sink.</summary>
    public IReadOnlyList<Checkpoint> Recorded
    {
        get
        {
            lock (gate)
            {
                return [.. recorded];
            }
        }
    }

    /// <summary>A sink that keeps checkpoints in memory only (tests of the harness itself).</summary>
    public static CheckpointSink InMemory() => new();

    public void Record(Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        string line = JsonSerializer.Serialize(checkpoint, CheckpointJson.Options);
        lock (gate)
        {
            recorded.Add(checkpoint);
            writer?.WriteLine(line);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            writer?.Dispose();
        }
    }
}
