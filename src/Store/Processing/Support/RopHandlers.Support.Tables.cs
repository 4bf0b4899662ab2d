namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Objects;

/// <summary>Hierarchy and contents tables ([MS-OXCFOLD] 3.2.5.13, 3.2.5.14) and reading them ([MS-OXCTABL] 3.2.5).</summary>
public static partial class RopHandlers
{
    /// <summary>The RopQueryRows response without rows: header, Origin and RowCount ([MS-OXCROPS] 2.2.5.4.2).</summary>
    private const int QueryRowsFixedSize = HeaderSize + 3;

    /// <summary>RopGetHierarchyTable ([MS-OXCFOLD] 3.2.5.13): a table of the input folder's subfolders (all descendants with Depth).</summary>
    private static RopResponse? GetHierarchyTable(RopContext context, RopGetHierarchyTableRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out FolderObject folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        FolderRecord record = folder.Folder;
        HierarchyTableFlags flags = request.TableFlags;
        var table = new TableObject(folder.Logon, record, TableKind.Hierarchy, () => TableRows.Hierarchy(record, flags), context.Options.TablesAreSnapshots);
        context.SetOutputHandle(request.OutputHandleIndex, table);
        return new RopGetHierarchyTableResponse { OutputHandleIndex = request.OutputHandleIndex, RowCount = (uint)table.Rows.Count };
    }

    /// <summary>RopGetContentsTable ([MS-OXCFOLD] 3.2.5.14): a table of the input folder's messages, or of its FAI messages with Associated.</summary>
    private static RopResponse? GetContentsTable(RopContext context, RopGetContentsTableRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out FolderObject folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        FolderRecord record = folder.Folder;
        ContentsTableFlags flags = request.TableFlags;
        var table = new TableObject(folder.Logon, record, TableKind.Contents, () => TableRows.Contents(record, flags), context.Options.TablesAreSnapshots);
        context.SetOutputHandle(request.OutputHandleIndex, table);
        return new RopGetContentsTableResponse { OutputHandleIndex = request.OutputHandleIndex, RowCount = (uint)table.Rows.Count };
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

        if (request.PropertyTags.Count == 0)
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

        // [MS-OXCTABL] 3.1.5, 3.2.5.1: rows cannot be read before the columns are set.
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
            PropertyRow row = TableRows.Encode(rows[index], columns, context.Options.MissingColumnIsNotFoundError);
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

    private static int RowSize(PropertyRow row, ValueArray<PropertyTag> columns)
    {
        using var writer = new ProtocolWriter();
        row.Encode(writer, columns);
        return writer.Position;
    }
}
