namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopLockRegionStream request ([MS-OXCROPS] 2.2.9.10.1, [MS-OXCPRPT] 2.2.24.1); the layout is <see cref="StreamRegionRequest"/>.</summary>
public sealed record RopLockRegionStreamRequest : StreamRegionRequest, IRopRequestDecoder<RopLockRegionStreamRequest>
{
    public override RopId RopId => RopId.RopLockRegionStream;

    public static RopLockRegionStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopLockRegionStreamRequest>(ref reader, logonId, RopId.RopLockRegionStream);
}
