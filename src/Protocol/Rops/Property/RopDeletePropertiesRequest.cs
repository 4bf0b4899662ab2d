namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopDeleteProperties request ([MS-OXCROPS] 2.2.8.8.1, [MS-OXCPRPT] 2.2.7.1); the layout is <see cref="PropertyTagsRequest"/>.</summary>
public sealed record RopDeletePropertiesRequest : PropertyTagsRequest, IRopRequestDecoder<RopDeletePropertiesRequest>
{
    public override RopId RopId => RopId.RopDeleteProperties;

    public static RopDeletePropertiesRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopDeletePropertiesRequest>(ref reader, logonId, RopId.RopDeleteProperties);
}
