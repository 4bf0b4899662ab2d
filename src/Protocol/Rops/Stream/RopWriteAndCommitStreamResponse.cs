namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteAndCommitStream response ([MS-OXCROPS] 2.2.9.12.2, [MS-OXCPRPT] 2.2.26.2); the layout, one for every ReturnValue, is <see cref="WrittenSizeResponse"/>.</summary>
public sealed record RopWriteAndCommitStreamResponse : WrittenSizeResponse, IRopResponseDecoder<RopWriteAndCommitStreamResponse>
{
    public override RopId RopId => RopId.RopWriteAndCommitStream;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopWriteAndCommitStreamResponse>(ref reader, RopId.RopWriteAndCommitStream);
}
