namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopSetProperties success response ([MS-OXCROPS] 2.2.8.6.2, [MS-OXCPRPT] 2.2.5.2); the layout is <see cref="PropertyProblemsResponse"/>.</summary>
public sealed record RopSetPropertiesResponse : PropertyProblemsResponse, IRopResponseDecoder<RopSetPropertiesResponse>
{
    public override RopId RopId => RopId.RopSetProperties;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopSetPropertiesResponse>(ref reader, RopId.RopSetProperties);
}
