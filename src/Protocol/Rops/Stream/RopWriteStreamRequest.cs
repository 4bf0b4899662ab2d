namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteStream request ([MS-OXCROPS] 2.2.9.3.1, [MS-OXCPRPT] 2.2.16.1); the layout is <see cref="StreamDataRequest"/>.</summary>
public sealed record RopWriteStreamRequest : StreamDataRequest, IRopRequestDecoder<RopWriteStreamRequest>
{
    public override RopId RopId => RopId.RopWriteStream;

    public static RopWriteStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopWriteStreamRequest>(ref reader, logonId, RopId.RopWriteStream);
}
