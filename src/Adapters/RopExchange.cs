namespace Conformance.Adapters;

using Conformance.Protocol.Rops;

/// <summary>
/// One ROP round trip as the client saw it: what was sent, what came back (bytes and decoded), and
/// how long it took. Reports and captures show it under a failed check.
/// </summary>
public sealed record RopExchange(
    RopInputBuffer Input,
    byte[] InputBytes,
    RawExecution Result,
    RopOutputBuffer? Output,
    TimeSpan Elapsed)
{
    /// <summary>The decoded responses; empty when the call failed.</summary>
    public IReadOnlyList<RopResponse> Responses => Output?.RopsList.ToArray() ?? [];

    /// <summary>The ServerObjectHandleTable the server returned.</summary>
    public IReadOnlyList<uint> HandleTable => Output?.ServerObjectHandleTable.ToArray() ?? [];
}
