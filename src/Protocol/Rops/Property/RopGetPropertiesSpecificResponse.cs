namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopGetPropertiesSpecific success response ([MS-OXCROPS] 2.2.8.3.2, [MS-OXCPRPT] 2.2.2.2). RowData carries no
/// tags: its layout follows the request's PropertyTags, so decoding needs the request.
/// </summary>
public sealed record RopGetPropertiesSpecificResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetPropertiesSpecificResponse>
{
    public override RopId RopId => RopId.RopGetPropertiesSpecific;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The request's PropertyTags, which lay RowData out. Not on the wire; needed to encode RowData.</summary>
    public ValueArray<PropertyTag> Columns { get; init; }

    /// <summary>One value per requested tag, in request order ([MS-OXCDATA] 2.8.1).</summary>
    public PropertyRow RowData { get; init; } = PropertyRow.Standard();

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertiesSpecific));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetPropertiesSpecific);
        }

        ValueArray<PropertyTag> columns = context.RequireRequest<RopGetPropertiesSpecificRequest>(ref reader, nameof(RowData)).PropertyTags;
        var response = new RopGetPropertiesSpecificResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            Columns = columns,
            RowData = PropertyRow.Decode(ref reader, columns),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        RowData.Encode(writer, Columns);
    }
}
