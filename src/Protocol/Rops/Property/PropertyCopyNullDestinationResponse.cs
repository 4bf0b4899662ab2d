namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>
/// The null destination failure response shared by RopCopyProperties and RopCopyTo ([MS-OXCROPS] 2.2.8.11.3,
/// 2.2.8.12.3; [MS-OXCPRPT] 2.2.10.2, 2.2.11.2): ReturnValue NullDestinationObject (0x00000503) followed by the
/// request's DestHandleIndex, widened to four bytes. Decoded by <see cref="PropertyCopyResponse"/>.
/// </summary>
public abstract record PropertyCopyNullDestinationResponse : RopResponse, IRopResult
{
    public byte SourceHandleIndex { get; init; }

    /// <summary>Always NullDestinationObject: this layout exists only for that value.</summary>
    public uint ReturnValue => PropertyReturnValues.NullDestinationObject;

    /// <summary>Four bytes on the wire although the request's DestHandleIndex is one; kept as sent.</summary>
    public uint DestHandleIndex { get; init; }

    byte IRopResult.HandleIndex => SourceHandleIndex;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(SourceHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(DestHandleIndex);
    }
}
