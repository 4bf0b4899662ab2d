namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopCloneStream request ([MS-OXCROPS] 2.2.9.13.1, [MS-OXCPRPT] 2.2.27.1): the clone gets OutputHandleIndex. The layout
/// is <see cref="InputOutputHandleRequest"/>.
/// </summary>
public sealed record RopCloneStreamRequest : InputOutputHandleRequest, IRopRequestDecoder<RopCloneStreamRequest>
{
    public override RopId RopId => RopId.RopCloneStream;

    public static RopCloneStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopCloneStreamRequest>(ref reader, logonId, RopId.RopCloneStream);
}
