namespace Conformance.Adapters;

/// <summary>
/// A target that can tell which exceptions escaped its own request handlers (bugs of the server, not of the client).
/// Only targets that host the store implement it; the traffic fuzzer reads it as an oracle without knowing the store.
/// </summary>
public interface IInternalErrorSource
{
    /// <summary>How many internal errors the server has recorded so far.</summary>
    int InternalErrorCount { get; }

    /// <summary>The internal errors recorded from <paramref name="start"/> on, oldest first.</summary>
    IReadOnlyList<Exception> InternalErrorsSince(int start);
}
