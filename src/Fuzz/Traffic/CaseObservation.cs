namespace Conformance.Fuzz.Traffic;

using Conformance.Adapters;

/// <summary>
/// What one case did: the buffer sent (prelude handles resolved), the table sent, the call's result or the exception
/// it threw, how long it took, the internal errors the target recorded meanwhile, and why the server stopped
/// answering, if it did (<see cref="PingFailed"/>: a PING on the case's session failed, not a new session).
/// </summary>
public sealed record CaseObservation(
    byte[] Sent,
    IReadOnlyList<uint> SentHandles,
    RawExecution? Result,
    Exception? Failure,
    TimeSpan Elapsed,
    IReadOnlyList<Exception> InternalErrors,
    bool TimedOut = false,
    string? LivenessFailure = null,
    bool PingFailed = false);
