namespace Conformance.Fuzz.Traffic;

/// <summary>The session prelude failed: the server is down or the mailbox unusable, so no case can run.</summary>
public sealed class PreludeFailedException : Exception
{
    public PreludeFailedException()
    {
    }

    public PreludeFailedException(string message)
        : base(message)
    {
    }

    public PreludeFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
