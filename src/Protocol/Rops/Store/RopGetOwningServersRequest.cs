namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetOwningServers request ([MS-OXCROPS] 2.2.3.6.1, [MS-OXCSTOR] 2.2.1.6.1); the layout is <see cref="FolderIdRequest"/>.</summary>
public sealed record RopGetOwningServersRequest : FolderIdRequest, IRopRequestDecoder<RopGetOwningServersRequest>
{
    public override RopId RopId => RopId.RopGetOwningServers;

    public static RopGetOwningServersRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopGetOwningServersRequest>(ref reader, logonId, RopId.RopGetOwningServers);
}
