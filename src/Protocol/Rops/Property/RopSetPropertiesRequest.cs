namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopSetProperties request ([MS-OXCROPS] 2.2.8.6.1, [MS-OXCPRPT] 2.2.5.1); the layout is <see cref="PropertyValuesRequest"/>.</summary>
public sealed record RopSetPropertiesRequest : PropertyValuesRequest, IRopRequestDecoder<RopSetPropertiesRequest>
{
    public override RopId RopId => RopId.RopSetProperties;

    public static RopSetPropertiesRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopSetPropertiesRequest>(ref reader, logonId, RopId.RopSetProperties);
}
