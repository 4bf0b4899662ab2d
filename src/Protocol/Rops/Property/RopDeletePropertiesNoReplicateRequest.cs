namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopDeletePropertiesNoReplicate request ([MS-OXCROPS] 2.2.8.9.1, [MS-OXCPRPT] 2.2.8.1); the layout is <see cref="PropertyTagsRequest"/>.</summary>
public sealed record RopDeletePropertiesNoReplicateRequest : PropertyTagsRequest, IRopRequestDecoder<RopDeletePropertiesNoReplicateRequest>
{
    public override RopId RopId => RopId.RopDeletePropertiesNoReplicate;

    public static RopDeletePropertiesNoReplicateRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopDeletePropertiesNoReplicateRequest>(ref reader, logonId, RopId.RopDeletePropertiesNoReplicate);
}
