namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopCopyProperties success response ([MS-OXCROPS] 2.2.8.11.2, [MS-OXCPRPT] 2.2.10.2); the layout is <see cref="PropertyCopyResponse"/>. On
/// NullDestinationObject the decoder returns <see cref="RopCopyPropertiesNullDestinationResponse"/>, on any other nonzero value a <see cref="RopFailureResponse"/>.
/// </summary>
public sealed record RopCopyPropertiesResponse : PropertyCopyResponse, IRopResponseDecoder<RopCopyPropertiesResponse>
{
    public override RopId RopId => RopId.RopCopyProperties;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopCopyPropertiesResponse, RopCopyPropertiesNullDestinationResponse>(ref reader, RopId.RopCopyProperties);
}
