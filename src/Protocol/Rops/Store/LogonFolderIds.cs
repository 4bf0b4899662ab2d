namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The FolderIds field of a RopLogon success response ([MS-OXCROPS] 2.2.3.1.2, 2.2.3.1.3; [MS-OXCSTOR] 2.2.1.1.3,
/// 2.2.1.1.4): 13 Folder IDs of 8 bytes each, in wire order. Which folder each slot holds depends on the logon
/// type (<see cref="PrivateMailboxFolderIds"/>, <see cref="PublicFoldersFolderIds"/>); this is the layout they share.
/// </summary>
internal static class LogonFolderIds
{
    public const int Count = 13;

    public const int Size = Count * ObjectId.Size;

    /// <summary>Reads one Folder ID per name, each name being the field of its slot.</summary>
    public static ObjectId[] Decode(ref ProtocolReader reader, ReadOnlySpan<string> fields)
    {
        string outer = reader.Enter("FolderIds");
        var ids = new ObjectId[fields.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = ObjectId.Decode(ref reader, fields[i]);
        }

        reader.Leave(outer);
        return ids;
    }

    public static void Encode(ProtocolWriter writer, ReadOnlySpan<ObjectId> ids)
    {
        foreach (ObjectId id in ids)
        {
            id.Encode(writer);
        }
    }
}
