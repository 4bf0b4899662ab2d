namespace Conformance.Harness.Traceability;

using Conformance.Protocol.Rops;

/// <summary>
/// A Normative entry of verification Adapter, checked on every response of <see cref="Rop"/>: the
/// evaluation gets the request the response answers (null when there is none) and returns null when the
/// entry does not apply to this response.
/// </summary>
public sealed record NormativeCheck(string Id, RopId Rop, Func<RopRequest?, RopResponse, Observation?> Evaluate);
