namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopCopyProperties request ([MS-OXCROPS] 2.2.8.11.1, [MS-OXCPRPT] 2.2.10.1): copies the listed properties between two objects.</summary>
public sealed record RopCopyPropertiesRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopCopyPropertiesRequest>
{
    public override RopId RopId => RopId.RopCopyProperties;

    public byte SourceHandleIndex { get; init; }

    public byte DestHandleIndex { get; init; }

    /// <summary>When set the server may answer with RopProgress until the copy completes ([MS-OXCPRPT] 3.2.5.7).</summary>
    public bool WantAsynchronous { get; init; }

    /// <summary>Kept as sent: the server should reject undefined bits ([MS-OXCPRPT] 3.2.5.7).</summary>
    public CopyFlags CopyFlags { get; init; }

    /// <summary>The properties to copy or move.</summary>
    public ValueArray<PropertyTag> PropertyTags { get; init; }

    /// <summary>The source object is the one the ROP acts on.</summary>
    byte IRopInputHandle.InputHandleIndex => SourceHandleIndex;

    public static RopCopyPropertiesRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCopyProperties));
        var request = new RopCopyPropertiesRequest
        {
            LogonId = logonId,
            SourceHandleIndex = reader.ReadByte(nameof(SourceHandleIndex)),
            DestHandleIndex = reader.ReadByte(nameof(DestHandleIndex)),
            WantAsynchronous = reader.ReadBoolean(nameof(WantAsynchronous)),
            CopyFlags = (CopyFlags)reader.ReadByte(nameof(CopyFlags)),
            PropertyTags = PropertyArrays.DecodeTags(ref reader, "PropertyTagCount", nameof(PropertyTags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(SourceHandleIndex);
        writer.WriteByte(DestHandleIndex);
        writer.WriteBoolean(WantAsynchronous);
        writer.WriteByte((byte)CopyFlags);
        PropertyArrays.EncodeTags(writer, PropertyTags, "PropertyTagCount");
    }
}
