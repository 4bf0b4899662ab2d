namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopGetReceiveFolderTable success response ([MS-OXCROPS] 2.2.3.4.2, [MS-OXCSTOR] 2.2.1.4.2): a 4-byte
/// RowCount and that many PropertyRow structures, standard or flagged, over the fixed <see cref="Columns"/>.
/// </summary>
public sealed record RopGetReceiveFolderTableResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetReceiveFolderTableResponse>
{
    /// <summary>PidTagFolderId (PtypInteger64): the Receive folder's FID as a little-endian 64-bit value.</summary>
    public static readonly PropertyTag PidTagFolderId = new(0x67480014);

    /// <summary>PidTagMessageClass as PtypString8.</summary>
    public static readonly PropertyTag PidTagMessageClass = new(0x001A001E);

    /// <summary>PidTagLastModificationTime (PtypTime).</summary>
    public static readonly PropertyTag PidTagLastModificationTime = new(0x30080040);

    /// <summary>The columns of every row, in the order [MS-OXCSTOR] 2.2.1.4.2 fixes; the request names none.</summary>
    public static readonly ValueArray<PropertyTag> Columns = new[] { PidTagFolderId, PidTagMessageClass, PidTagLastModificationTime };

    // A flagged row whose three cells are all "not available": the flag byte and one flag per cell.
    private const int MinimumRowSize = 4;

    public override RopId RopId => RopId.RopGetReceiveFolderTable;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The rows; RowCount is their number.</summary>
    public ValueArray<PropertyRow> Rows { get; init; } = ValueArray<PropertyRow>.Empty;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetReceiveFolderTable));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetReceiveFolderTable);
        }

        int rowCount = reader.ReadCount32("RowCount", MinimumRowSize);
        var rows = new PropertyRow[rowCount];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = PropertyRow.Decode(ref reader, Columns);
        }

        reader.Leave(outer);
        return new RopGetReceiveFolderTableResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue, Rows = rows };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32((uint)Rows.Count);
        foreach (PropertyRow row in Rows)
        {
            row.Encode(writer, Columns);
        }
    }

    /// <summary>A standard row from typed values: the FID is carried as the PtypInteger64 its 8 wire bytes spell.</summary>
    public static PropertyRow Row(ObjectId folderId, string messageClass, ulong lastModificationTime) =>
        PropertyRow.Standard(
            PropertyValue.Integer64(FolderIdAsInteger64(folderId)),
            PropertyValue.String8(messageClass),
            PropertyValue.Time(lastModificationTime));

    /// <summary>The PtypInteger64 value whose little-endian bytes are the FID's wire bytes.</summary>
    public static long FolderIdAsInteger64(ObjectId folderId)
    {
        using var writer = new ProtocolWriter(ObjectId.Size);
        folderId.Encode(writer);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(writer.WrittenSpan);
    }

    /// <summary>The FID whose wire bytes are the little-endian bytes of a PidTagFolderId cell.</summary>
    public static ObjectId FolderIdFromInteger64(long value)
    {
        Span<byte> bytes = stackalloc byte[ObjectId.Size];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        var reader = new ProtocolReader(bytes);
        return ObjectId.Decode(ref reader, nameof(PidTagFolderId));
    }
}
