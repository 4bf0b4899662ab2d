namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopDeleteProperties and RopDeletePropertiesNoReplicate ([MS-OXCROPS] 2.2.8.8.1,
/// 2.2.8.9.1; [MS-OXCPRPT] 2.2.7.1, 2.2.8.1): InputHandleIndex, then PropertyTagCount and PropertyTags.
/// </summary>
public abstract record PropertyTagsRequest : RopRequest, IRopInputHandle
{
    public byte InputHandleIndex { get; init; }

    /// <summary>The properties to delete.</summary>
    public ValueArray<PropertyTag> PropertyTags { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        PropertyArrays.EncodeTags(writer, PropertyTags, "PropertyTagCount");
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : PropertyTagsRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            PropertyTags = PropertyArrays.DecodeTags(ref reader, "PropertyTagCount", nameof(PropertyTags)),
        };
        reader.Leave(outer);
        return request;
    }
}
