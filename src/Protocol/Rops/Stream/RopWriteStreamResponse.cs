namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopWriteStream response ([MS-OXCROPS] 2.2.9.3.2, [MS-OXCPRPT] 2.2.16.2); the layout, one for every ReturnValue, is <see cref="WrittenSizeResponse"/>.</summary>
public sealed record RopWriteStreamResponse : WrittenSizeResponse, IRopResponseDecoder<RopWriteStreamResponse>
{
    public override RopId RopId => RopId.RopWriteStream;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopWriteStreamResponse>(ref reader, RopId.RopWriteStream);
}
