namespace Conformance.Adapters;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// One ROP round trip as the client saw it: what was sent, what came back (bytes and decoded), and
/// how long it took. Reports and captures show it under a failed check. When the output buffer could
/// not be decoded, <see cref="DecodeFailure"/> holds the codec's error and <see cref="Output"/> is null.
/// </summary>
public sealed record RopExchange(
    RopInputBuffer Input,
    byte[] InputBytes,
    RawExecution Result,
    RopOutputBuffer? Output,
    TimeSpan Elapsed,
    ProtocolException? DecodeFailure = null)
{
    /// <summary>The decoded responses; empty when the call failed.</summary>
    public IReadOnlyList<RopResponse> Responses => Output?.RopsList.ToArray() ?? [];

    /// <summary>The ServerObjectHandleTable the server returned.</summary>
    public IReadOnlyList<uint> HandleTable => Output?.ServerObjectHandleTable.ToArray() ?? [];
}
