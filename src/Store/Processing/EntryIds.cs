namespace Conformance.Store.Processing;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Store.Model;

/// <summary>
/// The EntryIDs the store computes for PidTagEntryId and PidTagStoreEntryId: Folder EntryID, Message
/// EntryID and Store Object EntryID ([MS-OXCDATA] 2.2.4.1, 2.2.4.2, 2.2.4.3). They are long-term EntryIDs,
/// so Flags is always zero.
/// </summary>
public static class EntryIds
{
    /// <summary>PidTagStoreEntryId ([MS-OXPROPS]).</summary>
    public const ushort StoreEntryId = 0x0FFB;

    /// <summary>PidTagEntryId ([MS-OXPROPS]).</summary>
    public const ushort EntryId = 0x0FFF;

    // [MS-OXCDATA] 2.2.4: the Provider UID of any object of the public store (a private store uses its MailboxGuid).
    public static readonly Guid PublicStoreProviderUid = new([0x1A, 0x44, 0x73, 0x90, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A]);

    // [MS-OXCDATA] 2.2.4.3: the Store Object EntryID's ProviderUID and its wrapped provider UIDs.
    public static readonly Guid StoreObjectProviderUid = new([0x38, 0xA1, 0xBB, 0x10, 0x05, 0xE5, 0x10, 0x1A, 0xA1, 0xBB, 0x08, 0x00, 0x2B, 0x2A, 0x56, 0xC2]);

    public static readonly Guid MailboxStoreWrappedProviderUid = new([0x1B, 0x55, 0xFA, 0x20, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A]);

    public static readonly Guid PublicStoreWrappedProviderUid = new([0x1C, 0x83, 0x02, 0x10, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A]);

    // [MS-OXCDATA] 2.2.4.1, 2.2.4.2: FolderType and MessageType (eitLTPrivateFolder, eitLTPublicFolder,
    // eitLTPrivateMessage, eitLTPublicMessage).
    private const ushort PrivateFolder = 0x0001;
    private const ushort PublicFolder = 0x0003;
    private const ushort PrivateMessage = 0x0007;
    private const ushort PublicMessage = 0x0009;

    // [MS-OXCDATA] 2.2.4.3: WrappedType of a mailbox store and of a public store.
    private const uint MailboxStoreWrappedType = 0x0000000C;
    private const uint PublicStoreWrappedType = 0x00000006;

    // [MS-OXCDATA] 2.2.4.3: DLLFileName, 14 bytes: the name in capitals, zero padded.
    private static readonly byte[] DllFileName = [.. Encoding.ASCII.GetBytes("EMSMDB.DLL"), 0, 0, 0, 0];

    /// <summary>The Folder EntryID of <paramref name="folderId"/> in <paramref name="store"/> ([MS-OXCDATA] 2.2.4.1), or null for an unknown REPLID.</summary>
    public static byte[]? Folder(MessageStore store, ObjectId folderId)
    {
        if (!store.Replicas.TryGetGuid(folderId.ReplicaId, out Guid databaseGuid))
        {
            return null;
        }

        using var writer = new ProtocolWriter(46);
        writer.WriteUInt32(0);
        writer.WriteGuid(ProviderUid(store));
        writer.WriteUInt16(store.IsPrivate ? PrivateFolder : PublicFolder);
        new LongTermId(databaseGuid, folderId.GlobalCounter).Encode(writer);
        return writer.ToArray();
    }

    /// <summary>The Message EntryID of <paramref name="messageId"/> in folder <paramref name="folderId"/> ([MS-OXCDATA] 2.2.4.2), or null for an unknown REPLID.</summary>
    public static byte[]? Message(MessageStore store, ObjectId folderId, ObjectId messageId)
    {
        if (!store.Replicas.TryGetGuid(folderId.ReplicaId, out Guid folderDatabaseGuid)
            || !store.Replicas.TryGetGuid(messageId.ReplicaId, out Guid messageDatabaseGuid))
        {
            return null;
        }

        using var writer = new ProtocolWriter(70);
        writer.WriteUInt32(0);
        writer.WriteGuid(ProviderUid(store));
        writer.WriteUInt16(store.IsPrivate ? PrivateMessage : PublicMessage);
        new LongTermId(folderDatabaseGuid, folderId.GlobalCounter).Encode(writer);
        new LongTermId(messageDatabaseGuid, messageId.GlobalCounter).Encode(writer);
        return writer.ToArray();
    }

    /// <summary>
    /// The Store Object EntryID of <paramref name="store"/> ([MS-OXCDATA] 2.2.4.3): ServerShortname is the last
    /// RDN value of <paramref name="serverDistinguishedName"/>; MailboxDN, the owner's ESSDN, only for a mailbox.
    /// </summary>
    public static byte[] Store(MessageStore store, string serverDistinguishedName)
    {
        using var writer = new ProtocolWriter(128);
        writer.WriteUInt32(0);
        writer.WriteGuid(StoreObjectProviderUid);
        writer.WriteByte(0);
        writer.WriteByte(0);
        writer.WriteBytes(DllFileName);
        writer.WriteUInt32(0);
        writer.WriteGuid(store.IsPrivate ? MailboxStoreWrappedProviderUid : PublicStoreWrappedProviderUid);
        writer.WriteUInt32(store.IsPrivate ? MailboxStoreWrappedType : PublicStoreWrappedType);
        WriteSingleByteString(writer, ShortName(serverDistinguishedName));
        if (store is Mailbox mailbox)
        {
            WriteSingleByteString(writer, mailbox.Owner.Essdn);
        }

        return writer.ToArray();
    }

    /// <summary>The value of the last RDN of a distinguished name ("/o=x/.../cn=Servers/cn=name" gives "name").</summary>
    public static string ShortName(string distinguishedName)
    {
        string last = distinguishedName[(distinguishedName.LastIndexOf('/') + 1)..];
        int equals = last.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? last : last[(equals + 1)..];
    }

    // [MS-OXCDATA] 2.2.4: a private store's objects carry its MailboxGuid (the RopLogon response's), public ones a fixed UID.
    private static Guid ProviderUid(MessageStore store) => store.IsPrivate ? store.MailboxGuid : PublicStoreProviderUid;

    // [MS-OXCDATA] 2.2.4.3: single-byte characters ended by one zero byte.
    private static void WriteSingleByteString(ProtocolWriter writer, string text)
    {
        writer.WriteBytes(Encoding.ASCII.GetBytes(text));
        writer.WriteByte(0);
    }
}
