namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopDeletePropertiesNoReplicate success response ([MS-OXCROPS] 2.2.8.9.2, [MS-OXCPRPT] 2.2.8.2); the layout is <see cref="PropertyProblemsResponse"/>.</summary>
public sealed record RopDeletePropertiesNoReplicateResponse : PropertyProblemsResponse, IRopResponseDecoder<RopDeletePropertiesNoReplicateResponse>
{
    public override RopId RopId => RopId.RopDeletePropertiesNoReplicate;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopDeletePropertiesNoReplicateResponse>(ref reader, RopId.RopDeletePropertiesNoReplicate);
}
