namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopCreateAttachment request ([MS-OXCROPS] 2.2.6.13.1); the layout is <see cref="InputOutputHandleRequest"/>.</summary>
public sealed record RopCreateAttachmentRequest : InputOutputHandleRequest, IRopRequestDecoder<RopCreateAttachmentRequest>
{
    public override RopId RopId => RopId.RopCreateAttachment;

    public static RopCreateAttachmentRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopCreateAttachmentRequest>(ref reader, logonId, RopId.RopCreateAttachment);
}
