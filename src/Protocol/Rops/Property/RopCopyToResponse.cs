namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopCopyTo success response ([MS-OXCROPS] 2.2.8.12.2, [MS-OXCPRPT] 2.2.11.2); the layout is <see cref="PropertyCopyResponse"/>. On
/// NullDestinationObject the decoder returns <see cref="RopCopyToNullDestinationResponse"/>, on any other nonzero value a <see cref="RopFailureResponse"/>.
/// </summary>
public sealed record RopCopyToResponse : PropertyCopyResponse, IRopResponseDecoder<RopCopyToResponse>
{
    public override RopId RopId => RopId.RopCopyTo;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopCopyToResponse, RopCopyToNullDestinationResponse>(ref reader, RopId.RopCopyTo);
}
