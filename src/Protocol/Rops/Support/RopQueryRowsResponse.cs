namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopQueryRows success response ([MS-OXCROPS] 2.2.5.4.2). The rows answer the columns set on the table
/// by RopSetColumns, which come from <see cref="RopResponseContext.Columns"/>; they are kept in
/// <see cref="Columns"/> (not on the wire) so the response can be encoded again.
/// </summary>
public sealed record RopQueryRowsResponse : RopResponse, IRopResult, IRopResponseDecoder<RopQueryRowsResponse>
{
    public override RopId RopId => RopId.RopQueryRows;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>Kept as sent: an undefined bookmark is for a conformance check to flag.</summary>
    public Bookmark Origin { get; init; }

    public ValueArray<PropertyRow> RowData { get; init; } = ValueArray<PropertyRow>.Empty;

    /// <summary>The table's columns, which RowData answers. Not on the wire.</summary>
    public ValueArray<PropertyTag> Columns { get; init; } = ValueArray<PropertyTag>.Empty;

    public int RowCount => RowData.Count;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopQueryRows));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopQueryRows);
        }

        var origin = (Bookmark)reader.ReadByte(nameof(Origin));

        // Every PropertyRow holds at least its Flag byte.
        int count = reader.ReadCount16(nameof(RowCount), 1);
        ValueArray<PropertyTag> columns = context.RequireColumns(ref reader, nameof(RowData));
        var rows = new PropertyRow[count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = PropertyRow.Decode(ref reader, columns);
        }

        reader.Leave(outer);
        return new RopQueryRowsResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            Origin = origin,
            RowData = rows,
            Columns = columns,
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteByte((byte)Origin);
        writer.WriteCount16(RowData.Count, nameof(RowCount));
        foreach (PropertyRow row in RowData)
        {
            row.Encode(writer, Columns);
        }
    }
}
