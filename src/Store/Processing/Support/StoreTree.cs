namespace Conformance.Store.Processing;

using System.Buffers.Binary;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Store.Model;

/// <summary>
/// The folder and message bookkeeping of the Support ROPs: which messages are normal or folder associated
/// information (FAI), soft and hard deletion, moving a message, and IDs as PtypInteger64 values.
/// </summary>
internal static class StoreTree
{
    /// <summary>A Folder or Message ID as the PtypInteger64 value of PidTagFolderId / PidTagMid: its 8 bytes read little-endian ([MS-OXCDATA] 2.2.1.1).</summary>
    public static PropertyValue IdValue(ObjectId id)
    {
        using var writer = new ProtocolWriter(8);
        id.Encode(writer);
        return PropertyValue.Integer64(BinaryPrimitives.ReadInt64LittleEndian(writer.WrittenSpan));
    }

    /// <summary>Whether the message is folder associated information ([MS-OXCMSG] 2.2.1.5 PidTagAssociated).</summary>
    public static bool IsAssociated(MessageRecord message) => message.Properties.GetValue<bool>(SupportPropertyIds.Associated);

    public static IEnumerable<MessageRecord> LiveMessages(FolderRecord folder, bool associated) =>
        folder.Messages.Values.Where(m => !m.IsDeleted && IsAssociated(m) == associated);

    public static IEnumerable<FolderRecord> LiveChildren(FolderRecord folder) => folder.Children.Where(f => !f.IsDeleted);

    /// <summary>Soft deletes a message: it stays, hidden, until hard deleted ([MS-OXCFOLD] 1.3.3 soft delete).</summary>
    public static void SoftDeleteMessage(MessageRecord message) => message.IsDeleted = true;

    public static void HardDeleteMessage(MessageStore store, FolderRecord folder, MessageRecord message)
    {
        message.IsDeleted = true;
        folder.Messages.Remove(message.Id);
        store.Messages.Remove(message.Id);
    }

    /// <summary>Moves a saved message to another folder of the same store, keeping its Message ID.</summary>
    public static void MoveMessage(MessageStore store, FolderRecord from, FolderRecord to, MessageRecord message)
    {
        from.Messages.Remove(message.Id);
        to.Messages[message.Id] = message;
        store.Messages[message.Id] = (to, message);
    }

    /// <summary>Soft deletes a folder and everything in it.</summary>
    public static void SoftDeleteFolder(FolderRecord folder)
    {
        folder.IsDeleted = true;
        foreach (MessageRecord message in folder.Messages.Values)
        {
            message.IsDeleted = true;
        }

        foreach (FolderRecord child in folder.Children)
        {
            SoftDeleteFolder(child);
        }
    }

    /// <summary>Removes a folder, its subfolders and their messages from the store.</summary>
    public static void HardDeleteFolder(MessageStore store, FolderRecord folder)
    {
        foreach (FolderRecord child in folder.Children.ToArray())
        {
            HardDeleteFolder(store, child);
        }

        foreach (MessageRecord message in folder.Messages.Values.ToArray())
        {
            HardDeleteMessage(store, folder, message);
        }

        folder.IsDeleted = true;
        folder.Parent?.Children.Remove(folder);
        store.Folders.Remove(folder.Id);
    }
}
