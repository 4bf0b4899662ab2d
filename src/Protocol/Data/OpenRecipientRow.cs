namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>
/// A recipient in the RopOpenMessage response ([MS-OXCROPS] 2.2.6.1.2): RecipientType, CodePageId,
/// Reserved, RecipientRowSize and a <see cref="Data.RecipientRow"/> of exactly RecipientRowSize bytes.
/// Reserved is kept as sent so a conformance check can flag a nonzero one.
/// </summary>
public sealed record OpenRecipientRow
{
    /// <summary>The recipient type ([MS-OXCMSG] 2.2.3.1.2), kept as sent: primary, Cc or Bcc, possibly with flag bits.</summary>
    public byte RecipientType { get; init; }

    public ushort CodePageId { get; init; }

    public ushort Reserved { get; init; }

    public required RecipientRow RecipientRow { get; init; }

    /// <summary>The fixed fields plus the smallest RecipientRow.</summary>
    public const int MinimumSize = 7 + RecipientRow.MinimumSize;

    public static OpenRecipientRow Decode(ref ProtocolReader reader, ValueArray<PropertyTag> columns)
    {
        string outer = reader.Enter(nameof(OpenRecipientRow));
        byte recipientType = reader.ReadByte(nameof(RecipientType));
        ushort codePage = reader.ReadUInt16(nameof(CodePageId));
        ushort reserved = reader.ReadUInt16(nameof(Reserved));
        ushort size = reader.ReadUInt16("RecipientRowSize");
        ProtocolReader rowReader = reader.Slice(size, nameof(RecipientRow));
        RecipientRow row = RecipientRow.Decode(ref rowReader, columns);

        // RecipientRowSize frames the row: it must end exactly there.
        rowReader.ExpectEnd(nameof(RecipientRow));
        reader.Leave(outer);
        return new OpenRecipientRow { RecipientType = recipientType, CodePageId = codePage, Reserved = reserved, RecipientRow = row };
    }

    public void Encode(ProtocolWriter writer, ValueArray<PropertyTag> columns)
    {
        writer.WriteByte(RecipientType);
        writer.WriteUInt16(CodePageId);
        writer.WriteUInt16(Reserved);
        int sizeAt = writer.Reserve16();
        int start = writer.Position;
        RecipientRow.Encode(writer, columns);
        writer.PatchLength16(sizeAt, start, "RecipientRowSize");
    }
}
