namespace Conformance.Fuzz.Traffic;

using Conformance.Adapters;

/// <summary>
/// What one case did: the buffer sent (prelude handles resolved), the table sent, the call's result or the exception
/// it threw, how long it took, the internal errors the target recorded meanwhile, why a new session and logon failed
/// after it (<see cref="LivenessFailure"/>), and why a PING on the case's own session failed (<see cref="PingFailure"/>).
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
    string? PingFailure = null);
