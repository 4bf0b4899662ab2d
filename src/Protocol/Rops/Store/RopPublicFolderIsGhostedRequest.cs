namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopPublicFolderIsGhosted request ([MS-OXCROPS] 2.2.3.7.1, [MS-OXCSTOR] 2.2.1.7.1); the layout is <see cref="FolderIdRequest"/>.</summary>
public sealed record RopPublicFolderIsGhostedRequest : FolderIdRequest, IRopRequestDecoder<RopPublicFolderIsGhostedRequest>
{
    public override RopId RopId => RopId.RopPublicFolderIsGhosted;

    public static RopPublicFolderIsGhostedRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopPublicFolderIsGhostedRequest>(ref reader, logonId, RopId.RopPublicFolderIsGhosted);
}
