namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopSaveChangesAttachment request ([MS-OXCROPS] 2.2.6.15.1); the layout is <see cref="SaveChangesRequest"/>.</summary>
public sealed record RopSaveChangesAttachmentRequest : SaveChangesRequest, IRopRequestDecoder<RopSaveChangesAttachmentRequest>
{
    public override RopId RopId => RopId.RopSaveChangesAttachment;

    public static RopSaveChangesAttachmentRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopSaveChangesAttachmentRequest>(ref reader, logonId, RopId.RopSaveChangesAttachment);
}
