namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopOpenMessage success response ([MS-OXCROPS] 2.2.6.1.2). The recipient rows answer the
/// RecipientColumns carried in the same response, so no context is needed. RecipientCount (all
/// recipients) is kept apart from RowCount (the rows that fit), which may be smaller.
/// </summary>
public sealed record RopOpenMessageResponse : RopResponse, IRopResult, IRopResponseDecoder<RopOpenMessageResponse>
{
    public override RopId RopId => RopId.RopOpenMessage;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool HasNamedProperties { get; init; }

    public TypedString SubjectPrefix { get; init; } = TypedString.None;

    public TypedString NormalizedSubject { get; init; } = TypedString.None;

    public ushort RecipientCount { get; init; }

    public ValueArray<PropertyTag> RecipientColumns { get; init; } = ValueArray<PropertyTag>.Empty;

    public ValueArray<OpenRecipientRow> RecipientRows { get; init; } = ValueArray<OpenRecipientRow>.Empty;

    public int ColumnCount => RecipientColumns.Count;

    public int RowCount => RecipientRows.Count;

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenMessage));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopOpenMessage);
        }

        bool named = reader.ReadBoolean(nameof(HasNamedProperties));
        TypedString prefix = TypedString.Decode(ref reader, nameof(SubjectPrefix));
        TypedString subject = TypedString.Decode(ref reader, nameof(NormalizedSubject));
        ushort recipientCount = reader.ReadUInt16(nameof(RecipientCount));
        int columnCount = reader.ReadCount16(nameof(ColumnCount), PropertyTag.Size);
        ValueArray<PropertyTag> columns = PropertyTag.DecodeArray(ref reader, columnCount, nameof(RecipientColumns));
        int rowCountAt = reader.Offset;
        byte rowCount = reader.ReadByte(nameof(RowCount));
        reader.CheckCount(rowCount, OpenRecipientRow.MinimumSize, nameof(RowCount), rowCountAt);
        var rows = new OpenRecipientRow[rowCount];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = OpenRecipientRow.Decode(ref reader, columns);
        }

        reader.Leave(outer);
        return new RopOpenMessageResponse
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            HasNamedProperties = named,
            SubjectPrefix = prefix,
            NormalizedSubject = subject,
            RecipientCount = recipientCount,
            RecipientColumns = columns,
            RecipientRows = rows,
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if (RecipientRows.Count > byte.MaxValue)
        {
            throw new InvalidOperationException($"{RecipientRows.Count} recipient rows do not fit the one-byte RowCount");
        }

        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteBoolean(HasNamedProperties);
        SubjectPrefix.Encode(writer);
        NormalizedSubject.Encode(writer);
        writer.WriteUInt16(RecipientCount);
        writer.WriteCount16(RecipientColumns.Count, nameof(ColumnCount));
        PropertyTag.EncodeArray(writer, RecipientColumns);
        writer.WriteByte((byte)RecipientRows.Count);
        foreach (OpenRecipientRow row in RecipientRows)
        {
            row.Encode(writer, RecipientColumns);
        }
    }
}
