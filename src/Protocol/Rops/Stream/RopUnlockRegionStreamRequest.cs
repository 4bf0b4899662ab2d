namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopUnlockRegionStream request ([MS-OXCROPS] 2.2.9.11.1, [MS-OXCPRPT] 2.2.25.1); the layout is <see cref="StreamRegionRequest"/>.</summary>
public sealed record RopUnlockRegionStreamRequest : StreamRegionRequest, IRopRequestDecoder<RopUnlockRegionStreamRequest>
{
    public override RopId RopId => RopId.RopUnlockRegionStream;

    public static RopUnlockRegionStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopUnlockRegionStreamRequest>(ref reader, logonId, RopId.RopUnlockRegionStream);
}
