namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopDeleteProperties success response ([MS-OXCROPS] 2.2.8.8.2, [MS-OXCPRPT] 2.2.7.2); the layout is <see cref="PropertyProblemsResponse"/>.</summary>
public sealed record RopDeletePropertiesResponse : PropertyProblemsResponse, IRopResponseDecoder<RopDeletePropertiesResponse>
{
    public override RopId RopId => RopId.RopDeleteProperties;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopDeletePropertiesResponse>(ref reader, RopId.RopDeleteProperties);
}
