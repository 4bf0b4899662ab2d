namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>Decodes a request's fields after RopId and LogonId.</summary>
public interface IRopRequestDecoder<TSelf>
    where TSelf : RopRequest
{
    static abstract TSelf DecodeBody(ref ProtocolReader reader, byte logonId);
}
