namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Processing.Property;
using Conformance.Store.Objects;

/// <summary>Hierarchy and contents tables ([MS-OXCFOLD] 3.2.5.13, 3.2.5.14) and reading them ([MS-OXCTABL] 3.2.5).</summary>
public static partial class RopHandlers
{
    /// <summary>The RopQueryRows response without rows: header, Origin and RowCount ([MS-OXCROPS] 2.2.5.4.2).</summary>
    private const int QueryRowsFixedSize = HeaderSize + 3;

    /// <summary>RopGetHierarchyTable ([MS-OXCFOLD] 3.2.5.13): a table of the input folder's subfolders (all descendants with Depth).</summary>
    private static RopResponse? GetHierarchyTable(RopContext context, RopGetHierarchyTableRequest request)
    {
        HierarchyTableFlags flags = request.TableFlags;
        return OpenTable(context, request.InputHandleIndex, request.OutputHandleIndex, TableKind.Hierarchy, record => TableRows.Hierarchy(record, flags), rowCount =>
            new RopGetHierarchyTableResponse { OutputHandleIndex = request.OutputHandleIndex, RowCount = rowCount });
    }

    /// <summary>RopGetContentsTable ([MS-OXCFOLD] 3.2.5.14): a table of the input folder's messages, or of its FAI messages with Associated.</summary>
    private static RopResponse? GetContentsTable(RopContext context, RopGetContentsTableRequest request)
    {
        ContentsTableFlags flags = request.TableFlags;
        return OpenTable(context, request.InputHandleIndex, request.OutputHandleIndex, TableKind.Contents, record => TableRows.Contents(record, flags), rowCount =>
            new RopGetContentsTableResponse { OutputHandleIndex = request.OutputHandleIndex, RowCount = rowCount });
    }

    /// <summary>What both table ROPs do: resolve the folder, open a table of its rows at the output index, answer the row count.</summary>
    private static RopResponse OpenTable(
        RopContext context,
        byte inputHandleIndex,
        byte outputHandleIndex,
        TableKind kind,
        Func<FolderRecord, IReadOnlyList<PropertyBag>> rowsOf,
        Func<uint, RopResponse> answer)
    {
        uint error = context.Resolve(inputHandleIndex, out FolderObject folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!IsValidOutputIndex(context, outputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        FolderRecord record = folder.Folder;
        var table = new TableObject(folder.Logon, record, kind, () => rowsOf(record), context.Options.TablesAreSnapshots);
        context.SetOutputHandle(outputHandleIndex, table);
        return answer((uint)table.Rows.Count);
    }

    /// <summary>
    /// RopSetColumns ([MS-OXCTABL] 3.2.5.2): the columns later rows answer. A table needs at least one column
    /// (2.2.2.2.1); the work is synchronous, so TableStatus is always TBLSTAT_COMPLETE.
    /// </summary>
    private static RopResponse? SetColumns(RopContext context, RopSetColumnsRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out TableObject table);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // [MS-OXCTABL] 2.2.2.2.1 requires at least one column of the client but names no server answer for
        // zero: ecInvalidParam is this store's choice (not specified). [MS-OXCTABL] 3.2.5.2: ecInvalidParam for
        // a column of type PT_UNSPECIFIED, PT_ERROR or a type that does not exist.
        if (request.PropertyTags.Count == 0 || request.PropertyTags.Any(tag => !IsValidColumnType(tag.PropertyType)))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        table.Columns = request.PropertyTags;
        return new RopSetColumnsResponse { InputHandleIndex = request.InputHandleIndex, TableStatus = TableStatus.Complete };
    }

    /// <summary>
    /// RopQueryRows ([MS-OXCTABL] 3.2.5.5): up to RowCount whole rows from the cursor, forward or backward,
    /// as many as fit the output buffer; at least one when any is left, or the ROP goes back unprocessed.
    /// The cursor moves past the rows read unless NoAdvance is set. Origin says whether rows remain in the
    /// direction read: BOOKMARK_END / BOOKMARK_BEGINNING when none do, BOOKMARK_CURRENT otherwise.
    /// </summary>
    private static RopResponse? QueryRows(RopContext context, RopQueryRowsRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out TableObject table);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // [MS-OXCTABL] section 6 (product behavior for 3.2.5.5): Exchange 2010 and later answer ecNullObject to a
        // RopQueryRows sent before a successful RopSetColumns.
        if (table.Columns is not { } columns)
        {
            return context.Fail(ErrorCodes.NullObject);
        }

        IReadOnlyList<PropertyBag> rows = table.Rows;
        int position = Math.Clamp(table.Position, 0, rows.Count);
        int start = request.ForwardRead ? position : Math.Max(0, position - request.RowCount);
        int end = request.ForwardRead ? Math.Min(rows.Count, position + request.RowCount) : position;

        // Encode the candidates nearest the cursor first and keep those that fit.
        var encoded = new List<PropertyRow>();
        int size = QueryRowsFixedSize;
        int firstSize = 0;
        for (int i = 0; i < end - start; i++)
        {
            int index = request.ForwardRead ? start + i : end - 1 - i;
            PropertyRow row = TableRows.Encode(rows[index], columns, context.Options.MissingColumnIsNotFoundError, CodePages.Get(context.Options.LogonCodePage));
            int rowSize = RowSize(row, columns);
            if (size + rowSize > context.ResponseRoom)
            {
                firstSize = rowSize;
                break;
            }

            encoded.Add(row);
            size += rowSize;
        }

        if (encoded.Count == 0 && end > start)
        {
            return new RopResponseDoesNotFit(RopId.RopQueryRows, QueryRowsFixedSize + firstSize);
        }

        if (!request.ForwardRead)
        {
            encoded.Reverse();
        }

        int after = request.ForwardRead ? position + encoded.Count : position - encoded.Count;
        if ((request.QueryRowsFlags & QueryRowsFlags.NoAdvance) == 0)
        {
            table.Position = after;
        }

        Bookmark origin = request.ForwardRead
            ? after >= rows.Count ? Bookmark.End : Bookmark.Current
            : after <= 0 ? Bookmark.Beginning : Bookmark.Current;
        return new RopQueryRowsResponse { InputHandleIndex = request.InputHandleIndex, Origin = origin, RowData = encoded.ToArray(), Columns = columns };
    }

    /// <summary>
    /// Whether a column may have <paramref name="type"/>: a type of [MS-OXCDATA] 2.11.1 other than PtypUnspecified
    /// and PtypErrorCode, where a multivalued type may carry the MultivalueInstance bit (2.11.1.3).
    /// </summary>
    private static bool IsValidColumnType(PropertyType type)
    {
        const ushort multivalueInstance = 0x2000;
        ushort raw = (ushort)type;
        if ((raw & multivalueInstance) != 0)
        {
            raw &= unchecked((ushort)~multivalueInstance);
            if ((raw & 0x1000) == 0)
            {
                return false;
            }
        }

        var plain = (PropertyType)raw;
        return Enum.IsDefined(plain) && plain is not (PropertyType.PtypUnspecified or PropertyType.PtypErrorCode);
    }

    private static int RowSize(PropertyRow row, ValueArray<PropertyTag> columns)
    {
        using var writer = new ProtocolWriter();
        row.Encode(writer, columns);
        return writer.Position;
    }
}
