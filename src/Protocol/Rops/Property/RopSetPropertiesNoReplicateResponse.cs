namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopSetPropertiesNoReplicate success response ([MS-OXCROPS] 2.2.8.7.2, [MS-OXCPRPT] 2.2.6.2); the layout is <see cref="PropertyProblemsResponse"/>.</summary>
public sealed record RopSetPropertiesNoReplicateResponse : PropertyProblemsResponse, IRopResponseDecoder<RopSetPropertiesNoReplicateResponse>
{
    public override RopId RopId => RopId.RopSetPropertiesNoReplicate;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopSetPropertiesNoReplicateResponse>(ref reader, RopId.RopSetPropertiesNoReplicate);
}
