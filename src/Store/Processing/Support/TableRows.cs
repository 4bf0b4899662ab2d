namespace Conformance.Store.Processing;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Processing.Property;

/// <summary>
/// The rows of hierarchy and contents tables ([MS-OXCFOLD] 2.2.1.13, 2.2.1.14) and their encoding as
/// PropertyRows of the table's columns ([MS-OXCDATA] 2.8.1; [MS-OXCTABL] 2.2.2.5.2).
/// </summary>
internal static class TableRows
{
    /// <summary>The rows of a hierarchy table: the subfolders, or with Depth every descendant (depth first).</summary>
    public static IReadOnlyList<PropertyBag> Hierarchy(FolderRecord folder, HierarchyTableFlags flags)
    {
        bool softDeleted = (flags & HierarchyTableFlags.SoftDeletes) != 0;
        bool depth = (flags & HierarchyTableFlags.Depth) != 0;
        var rows = new List<PropertyBag>();
        Add(folder, 0);
        return rows;

        void Add(FolderRecord parent, int level)
        {
            foreach (FolderRecord child in parent.Children)
            {
                // [MS-OXCFOLD] 2.2.1.13.1 SoftDeletes: the table lists the soft-deleted folders only.
                if (child.IsDeleted == softDeleted)
                {
                    rows.Add(FolderRow(child, level));
                }

                if (depth)
                {
                    Add(child, level + 1);
                }
            }
        }
    }

    /// <summary>The rows of a contents table: normal or (with Associated) FAI messages, live or (with SoftDeletes) soft deleted.</summary>
    public static IReadOnlyList<PropertyBag> Contents(FolderRecord folder, ContentsTableFlags flags)
    {
        bool associated = (flags & ContentsTableFlags.Associated) != 0;
        bool softDeleted = (flags & ContentsTableFlags.SoftDeletes) != 0;
        return folder.Messages.Values
            .Where(m => m.IsDeleted == softDeleted && StoreTree.IsAssociated(m) == associated)
            .Select(m => MessageRow(folder, m))
            .ToArray();
    }

    /// <summary>A folder's properties with the ones the server computes ([MS-OXCFOLD] 2.2.2.2.1).</summary>
    public static PropertyBag FolderRow(FolderRecord folder, int depth)
    {
        PropertyBag row = folder.Properties.Clone();
        row.Set(PropertyIds.FolderId, StoreTree.IdValue(folder.Id));
        if (folder.Parent is not null)
        {
            row.Set(PropertyIds.ParentFolderId, StoreTree.IdValue(folder.Parent.Id));
        }

        int children = StoreTree.LiveChildren(folder).Count();
        row.Set(SupportPropertyIds.ContentCount, PropertyValue.Integer32(StoreTree.LiveMessages(folder, associated: false).Count()));
        row.Set(SupportPropertyIds.ContentUnreadCount, PropertyValue.Integer32(StoreTree.LiveMessages(folder, associated: false)
            .Count(m => ((MessageFlags)m.Properties.GetValue<int>(SupportPropertyIds.MessageFlags) & MessageFlags.Read) == 0)));
        row.Set(SupportPropertyIds.AssociatedContentCount, PropertyValue.Integer32(StoreTree.LiveMessages(folder, associated: true).Count()));
        row.Set(SupportPropertyIds.Subfolders, PropertyValue.Boolean(children > 0));
        row.Set(SupportPropertyIds.FolderChildCount, PropertyValue.Integer32(children));
        row.Set(SupportPropertyIds.Depth, PropertyValue.Integer32(depth));
        if (!row.Contains(SupportPropertyIds.FolderType))
        {
            row.Set(SupportPropertyIds.FolderType, PropertyValue.Integer32(folder.Parent is null ? FolderTypes.Root : FolderTypes.Generic));
        }

        return row;
    }

    /// <summary>A message's properties with its IDs ([MS-OXCFOLD] 2.2.2.2.1 PidTagFolderId, [MS-OXPROPS] PidTagMid, PidTagInstID).</summary>
    public static PropertyBag MessageRow(FolderRecord folder, MessageRecord message)
    {
        PropertyBag row = message.Properties.Clone();
        row.Set(PropertyIds.FolderId, StoreTree.IdValue(folder.Id));
        row.Set(PropertyIds.MessageId, StoreTree.IdValue(message.Id));
        row.Set(SupportPropertyIds.InstanceId, StoreTree.IdValue(message.Id));
        row.Set(SupportPropertyIds.InstanceNum, PropertyValue.Integer32(0));
        return row;
    }

    /// <summary>
    /// One row as the columns ask for it: a standard row when every column has a value of its type, else
    /// a flagged row whose missing values are errors (ecNotFound) or "not available" ([MS-OXCDATA] 2.8.1, 2.11.5).
    /// </summary>
    public static PropertyRow Encode(PropertyBag row, ValueArray<PropertyTag> columns, bool missingIsNotFoundError, Encoding codePage)
    {
        var cells = new FlaggedPropertyValue[columns.Count];
        bool complete = true;
        for (int i = 0; i < cells.Length; i++)
        {
            PropertyTag column = columns[i];
            PropertyValue? value = ValueFor(row.Get(column.PropertyId), column.PropertyType, codePage);
            if (value is null)
            {
                complete = false;

                // A column of unspecified type states the type on the wire: the error code's, or null for no value.
                cells[i] = missingIsNotFoundError
                    ? FlaggedPropertyValue.Error(column.PropertyType == PropertyType.PtypUnspecified ? PropertyType.PtypErrorCode : column.PropertyType, ErrorCodes.NotFound)
                    : FlaggedPropertyValue.NotAvailable(column.PropertyType == PropertyType.PtypUnspecified ? PropertyType.PtypNull : column.PropertyType);
            }
            else
            {
                cells[i] = FlaggedPropertyValue.Available(value);
            }
        }

        return complete ? new PropertyRow(PropertyRowFlag.Standard, cells) : new PropertyRow(PropertyRowFlag.Flagged, cells);
    }

    // The stored value in the column's type: as is, or a string converted between its 8-bit and Unicode forms through
    // the code page, as property ROPs convert ([MS-OXCPRPT] 3.2.5.1): a Unicode value can hold characters no 8-bit
    // string can carry, which become the code page's replacement character instead of failing the ROP.
    private static PropertyValue? ValueFor(PropertyValue? stored, PropertyType column, Encoding codePage) => stored switch
    {
        null => null,
        _ when column == PropertyType.PtypUnspecified || stored.Type == column => stored,
        PropertyValue<string> when column is PropertyType.PtypString or PropertyType.PtypString8 => PropertyValues.ConvertString(stored, column, codePage),
        _ => null,
    };
}
