namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopSetProperties and RopSetPropertiesNoReplicate ([MS-OXCROPS] 2.2.8.6.1, 2.2.8.7.1;
/// [MS-OXCPRPT] 2.2.5.1, 2.2.6.1): InputHandleIndex, then PropertyValueSize, PropertyValueCount and
/// PropertyValues. PropertyValueSize is not kept: it is the size of PropertyValueCount and PropertyValues,
/// checked against them on decode and computed on encode.
/// </summary>
public abstract record PropertyValuesRequest : RopRequest, IRopInputHandle
{
    public byte InputHandleIndex { get; init; }

    /// <summary>The properties to set, each a tag and a value of the tag's type.</summary>
    public ValueArray<TaggedPropertyValue> PropertyValues { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        PropertyArrays.EncodeSizedValues(writer, PropertyValues);
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : PropertyValuesRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            PropertyValues = PropertyArrays.DecodeSizedValues(ref reader),
        };
        reader.Leave(outer);
        return request;
    }
}
