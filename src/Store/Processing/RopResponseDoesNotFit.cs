namespace Conformance.Store.Processing;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// What a handler returns instead of a response when the response it would give does not fit
/// <see cref="RopContext.ResponseRoom"/> and it has changed nothing: the processor then answers
/// RopBufferTooSmall with the unprocessed requests ([MS-OXCROPS] 2.2.15.1, 3.2.5.1). It is never encoded.
/// </summary>
/// <param name="RequestRopId">The ROP that did not fit.</param>
/// <param name="SizeNeeded">The size of the response that would have been sent.</param>
public sealed record RopResponseDoesNotFit(RopId RequestRopId, int SizeNeeded) : RopResponse
{
    public override RopId RopId => RequestRopId;

    protected override void EncodeBody(ProtocolWriter writer) =>
        throw new InvalidOperationException("a response that does not fit is never encoded");
}
