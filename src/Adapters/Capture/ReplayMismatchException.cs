namespace Conformance.Adapters.Capture;

/// <summary>
/// A replayed session sent something the capture did not record: a different input buffer (the message names the
/// sequence number and the first differing byte offset), another output size, or an exchange past the recorded ones.
/// </summary>
public sealed class ReplayMismatchException : Exception
{
    public ReplayMismatchException()
        : this("the replayed exchange does not match the capture")
    {
    }

    public ReplayMismatchException(string message)
        : base(message)
    {
    }

    public ReplayMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReplayMismatchException(string message, int session, int sequence, int? offset = null)
        : base(message)
    {
        Session = session;
        Sequence = sequence;
        Offset = offset;
    }

    public int Session { get; }

    public int Sequence { get; }

    /// <summary>The first byte offset at which the input buffers differ, when they do.</summary>
    public int? Offset { get; }
}
