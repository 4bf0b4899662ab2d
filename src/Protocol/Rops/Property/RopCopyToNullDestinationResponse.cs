namespace Conformance.Protocol.Rops.Property;

/// <summary>
/// RopCopyTo null destination failure response ([MS-OXCROPS] 2.2.8.12.3, [MS-OXCPRPT] 2.2.11.2); the layout is
/// <see cref="PropertyCopyNullDestinationResponse"/>. Decoded by <see cref="RopCopyToResponse.DecodeBody"/>.
/// </summary>
public sealed record RopCopyToNullDestinationResponse : PropertyCopyNullDestinationResponse
{
    public override RopId RopId => RopId.RopCopyTo;
}
