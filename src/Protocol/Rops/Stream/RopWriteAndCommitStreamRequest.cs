namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteAndCommitStream request ([MS-OXCROPS] 2.2.9.12.1, [MS-OXCPRPT] 2.2.26.1); the layout is <see cref="StreamDataRequest"/>.</summary>
public sealed record RopWriteAndCommitStreamRequest : StreamDataRequest, IRopRequestDecoder<RopWriteAndCommitStreamRequest>
{
    public override RopId RopId => RopId.RopWriteAndCommitStream;

    public static RopWriteAndCommitStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopWriteAndCommitStreamRequest>(ref reader, logonId, RopId.RopWriteAndCommitStream);
}
