namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>Decodes the fields of a request after RopId and LogonId.</summary>
public delegate RopRequest RopRequestBodyDecoder(ref ProtocolReader reader, byte logonId);

/// <summary>Decodes the fields of a response after RopId.</summary>
public delegate RopResponse RopResponseBodyDecoder(ref ProtocolReader reader, RopResponseContext context);

/// <summary>How one ROP is decoded in each direction; either side is null when the ROP has none (RopRelease has no response).</summary>
public sealed record RopCodecEntry(RopId RopId, RopRequestBodyDecoder? Request, RopResponseBodyDecoder? Response)
{
    public static RopCodecEntry Create<TRequest, TResponse>(RopId ropId)
        where TRequest : RopRequest, IRopRequestDecoder<TRequest>
        where TResponse : RopResponse, IRopResponseDecoder<TResponse> =>
        new(ropId, DecodeRequest<TRequest>, TResponse.DecodeBody);

    public static RopCodecEntry RequestOnly<TRequest>(RopId ropId)
        where TRequest : RopRequest, IRopRequestDecoder<TRequest> =>
        new(ropId, DecodeRequest<TRequest>, null);

    public static RopCodecEntry ResponseOnly<TResponse>(RopId ropId)
        where TResponse : RopResponse, IRopResponseDecoder<TResponse> =>
        new(ropId, null, TResponse.DecodeBody);

    private static RopRequest DecodeRequest<TRequest>(ref ProtocolReader reader, byte logonId)
        where TRequest : RopRequest, IRopRequestDecoder<TRequest> =>
        TRequest.DecodeBody(ref reader, logonId);
}
