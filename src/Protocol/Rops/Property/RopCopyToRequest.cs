namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopCopyTo request ([MS-OXCROPS] 2.2.8.12.1, [MS-OXCPRPT] 2.2.11.1): copies all properties but the excluded ones.</summary>
public sealed record RopCopyToRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopCopyToRequest>
{
    public override RopId RopId => RopId.RopCopyTo;

    public byte SourceHandleIndex { get; init; }

    public byte DestHandleIndex { get; init; }

    /// <summary>When set the server may answer with RopProgress until the copy completes ([MS-OXCPRPT] 3.2.5.8).</summary>
    public bool WantAsynchronous { get; init; }

    /// <summary>Whether subobjects (attachments, recipients, subfolders) are copied too.</summary>
    public bool WantSubObjects { get; init; }

    /// <summary>Kept as sent: the server should reject undefined bits ([MS-OXCPRPT] 3.2.5.8).</summary>
    public CopyFlags CopyFlags { get; init; }

    /// <summary>The properties not to copy or move.</summary>
    public ValueArray<PropertyTag> ExcludedTags { get; init; }

    /// <summary>The source object is the one the ROP acts on.</summary>
    byte IRopInputHandle.InputHandleIndex => SourceHandleIndex;

    public static RopCopyToRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCopyTo));
        var request = new RopCopyToRequest
        {
            LogonId = logonId,
            SourceHandleIndex = reader.ReadByte(nameof(SourceHandleIndex)),
            DestHandleIndex = reader.ReadByte(nameof(DestHandleIndex)),
            WantAsynchronous = reader.ReadBoolean(nameof(WantAsynchronous)),
            WantSubObjects = reader.ReadBoolean(nameof(WantSubObjects)),
            CopyFlags = (CopyFlags)reader.ReadByte(nameof(CopyFlags)),
            ExcludedTags = PropertyArrays.DecodeTags(ref reader, "ExcludedTagCount", nameof(ExcludedTags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(SourceHandleIndex);
        writer.WriteByte(DestHandleIndex);
        writer.WriteBoolean(WantAsynchronous);
        writer.WriteBoolean(WantSubObjects);
        writer.WriteByte((byte)CopyFlags);
        PropertyArrays.EncodeTags(writer, ExcludedTags, "ExcludedTagCount");
    }
}
