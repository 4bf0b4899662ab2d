namespace Conformance.Store.Model;

using Conformance.Protocol.Data;

/// <summary>
/// A row of a mailbox's Receive folder table ([MS-OXCSTOR] 3.2.1, 3.2.5.3): the message class as
/// stored, the Receive folder and the UTC time (FILETIME) the row was created or last changed.
/// </summary>
public sealed class ReceiveFolderEntry(string messageClass, ObjectId folderId, ulong lastModificationTime)
{
    public string MessageClass { get; } = messageClass;

    public ObjectId FolderId { get; set; } = folderId;

    public ulong LastModificationTime { get; set; } = lastModificationTime;
}
