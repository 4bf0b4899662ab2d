namespace Conformance.Adapters.Capture;

/// <summary>A capture file that cannot be read: the message names the file and the line.</summary>
public sealed class CaptureFormatException : Exception
{
    public CaptureFormatException()
        : this("the capture file is malformed")
    {
    }

    public CaptureFormatException(string message)
        : base(message)
    {
    }

    public CaptureFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CaptureFormatException(string path, int line, string problem, Exception? innerException = null)
        : base($"{path} line {line}: {problem}", innerException)
    {
        Path = path;
        Line = line;
    }

    /// <summary>The capture file, when known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line number, 0 when not about a line.</summary>
    public int Line { get; }
}
