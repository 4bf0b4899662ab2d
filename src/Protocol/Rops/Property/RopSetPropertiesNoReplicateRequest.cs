namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopSetPropertiesNoReplicate request ([MS-OXCROPS] 2.2.8.7.1, [MS-OXCPRPT] 2.2.6.1); the layout is <see cref="PropertyValuesRequest"/>.</summary>
public sealed record RopSetPropertiesNoReplicateRequest : PropertyValuesRequest, IRopRequestDecoder<RopSetPropertiesNoReplicateRequest>
{
    public override RopId RopId => RopId.RopSetPropertiesNoReplicate;

    public static RopSetPropertiesNoReplicateRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopSetPropertiesNoReplicateRequest>(ref reader, logonId, RopId.RopSetPropertiesNoReplicate);
}
