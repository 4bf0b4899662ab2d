namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopSaveChangesMessage request ([MS-OXCROPS] 2.2.6.3.1); the layout is <see cref="SaveChangesRequest"/>.</summary>
public sealed record RopSaveChangesMessageRequest : SaveChangesRequest, IRopRequestDecoder<RopSaveChangesMessageRequest>
{
    public override RopId RopId => RopId.RopSaveChangesMessage;

    public static RopSaveChangesMessageRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopSaveChangesMessageRequest>(ref reader, logonId, RopId.RopSaveChangesMessage);
}
