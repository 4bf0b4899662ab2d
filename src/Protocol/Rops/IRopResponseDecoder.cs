namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// Decodes a response's fields after RopId. The result is the ROP's own response type on success and
/// usually <see cref="RopFailureResponse"/> on failure; the ROP decides, since some failures carry
/// fields (RopLogon redirect, null destination object) and some warnings keep the success body.
/// </summary>
public interface IRopResponseDecoder<TSelf>
    where TSelf : RopResponse
{
    static abstract RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context);
}
