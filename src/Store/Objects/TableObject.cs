namespace Conformance.Store.Objects;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Store.Model;

/// <summary>The kinds of table a folder gives ([MS-OXCTABL] 1.3).</summary>
public enum TableKind
{
    /// <summary>The subfolders of a folder (RopGetHierarchyTable).</summary>
    Hierarchy,

    /// <summary>The messages of a folder (RopGetContentsTable).</summary>
    Contents,
}

/// <summary>
/// A Table object ([MS-OXCTABL] 1.3): rows over a folder's subfolders or messages, the columns set by
/// RopSetColumns and a cursor. Rows are either recomputed from the store at each read (a live view)
/// or captured once when the table is opened (a snapshot); see <see cref="StoreOptions.TablesAreSnapshots"/>.
/// </summary>
public sealed class TableObject : ServerObject
{
    private readonly Func<IReadOnlyList<PropertyBag>> source;
    private readonly IReadOnlyList<PropertyBag>? snapshot;

    /// <param name="logon">The logon the table was opened through.</param>
    /// <param name="folder">The folder whose subfolders or messages the table shows.</param>
    /// <param name="kind">Hierarchy or contents.</param>
    /// <param name="source">Builds the current rows, in table order, each as the properties a row can show.</param>
    /// <param name="isSnapshot">Whether to capture the rows now instead of at every read.</param>
    public TableObject(LogonObject logon, FolderRecord folder, TableKind kind, Func<IReadOnlyList<PropertyBag>> source, bool isSnapshot)
        : base(logon)
    {
        Folder = folder;
        Kind = kind;
        this.source = source;
        snapshot = isSnapshot ? source() : null;
    }

    public FolderRecord Folder { get; }

    public TableKind Kind { get; }

    /// <summary>The columns of RopSetColumns; null until the client sets them ([MS-OXCTABL] 3.1.5).</summary>
    public ValueArray<PropertyTag>? Columns { get; set; }

    /// <summary>The cursor: the index of the row the next forward read starts with (0 = BOOKMARK_BEGINNING).</summary>
    public int Position { get; set; }

    /// <summary>The rows as the table shows them now.</summary>
    public IReadOnlyList<PropertyBag> Rows => snapshot ?? source();
}
