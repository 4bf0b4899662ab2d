namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteStreamExtended request ([MS-OXCROPS] 2.2.9.4.1, [MS-OXCPRPT] 2.2.17.1); the layout is <see cref="StreamDataRequest"/>.</summary>
public sealed record RopWriteStreamExtendedRequest : StreamDataRequest, IRopRequestDecoder<RopWriteStreamExtendedRequest>
{
    public override RopId RopId => RopId.RopWriteStreamExtended;

    public static RopWriteStreamExtendedRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopWriteStreamExtendedRequest>(ref reader, logonId, RopId.RopWriteStreamExtended);
}
