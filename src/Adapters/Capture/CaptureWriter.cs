namespace Conformance.Adapters.Capture;

using System.Text;
using System.Text.Json;

/// <summary>
/// Writes a capture file: one <see cref="CaptureRecord"/> per line, from any thread, each line written and
/// flushed under a lock (a crash loses at most the line being written). It numbers the sessions of the capture.
/// </summary>
public sealed class CaptureWriter : IDisposable
{
    private readonly Lock gate = new();
    private readonly StreamWriter writer;
    private int sessions;
    private bool disposed;

    /// <summary>Creates <paramref name="path"/> (and its folder), replacing a capture a previous run left there.</summary>
    public CaptureWriter(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var stream = new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.Read);
        writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }

    public string Path { get; }

    /// <summary>The number of the next session of this capture (1, 2, ...), in the order sessions are opened.</summary>
    public int NextSession() => Interlocked.Increment(ref sessions);

    public void Write(CaptureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string line = JsonSerializer.Serialize(record, CaptureRecord.JsonOptions);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            writer.WriteLine(line);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (!disposed)
            {
                disposed = true;
                writer.Dispose();
            }
        }
    }
}
