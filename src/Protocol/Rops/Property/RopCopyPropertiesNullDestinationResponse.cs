namespace Conformance.Protocol.Rops.Property;

/// <summary>
/// RopCopyProperties null destination failure response ([MS-OXCROPS] 2.2.8.11.3, [MS-OXCPRPT] 2.2.10.2); the layout is
/// <see cref="PropertyCopyNullDestinationResponse"/>. Decoded by <see cref="RopCopyPropertiesResponse.DecodeBody"/>.
/// </summary>
public sealed record RopCopyPropertiesNullDestinationResponse : PropertyCopyNullDestinationResponse
{
    public override RopId RopId => RopId.RopCopyProperties;
}
