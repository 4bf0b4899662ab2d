namespace Conformance.Store.Tests.Property;

using System.Buffers.Binary;
using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// PidTagEntryId and PidTagStoreEntryId of folders, messages and the logon, decoded field by field as
/// [MS-OXCDATA] 2.2.4.1 (Folder EntryID), 2.2.4.2 (Message EntryID) and 2.2.4.3 (Store Object EntryID) lay them out.
/// </summary>
public sealed class EntryIdTests
{
    private const byte Folder = 1;
    private const byte Message = 2;
    private const byte PublicLogon = 3;
    private const byte PublicFolder = 4;

    private static readonly PropertyTag EntryId = new(0x0FFF, PropertyType.PtypBinary);
    private static readonly PropertyTag StoreEntryId = new(0x0FFB, PropertyType.PtypBinary);

    // [MS-OXCDATA] 2.2.4: the Provider UID of objects in the public store.
    private static readonly Guid PublicProviderUid = new([0x1A, 0x44, 0x73, 0x90, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A]);

    // [MS-OXCDATA] 2.2.4.3: ProviderUID, DLLFileName and the WrappedProviderUID of each kind of store.
    private static readonly byte[] StoreProviderUid = [0x38, 0xA1, 0xBB, 0x10, 0x05, 0xE5, 0x10, 0x1A, 0xA1, 0xBB, 0x08, 0x00, 0x2B, 0x2A, 0x56, 0xC2];
    private static readonly byte[] DllFileName = [0x45, 0x4D, 0x53, 0x4D, 0x44, 0x42, 0x2E, 0x44, 0x4C, 0x4C, 0x00, 0x00, 0x00, 0x00];
    private static readonly byte[] MailboxWrappedProviderUid = [0x1B, 0x55, 0xFA, 0x20, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A];
    private static readonly byte[] PublicWrappedProviderUid = [0x1C, 0x83, 0x02, 0x10, 0xAA, 0x66, 0x11, 0xCD, 0x9B, 0xC8, 0x00, 0xAA, 0x00, 0x2F, 0xC4, 0x5A];

    [Test]
    public async Task AFolderEntryIdCarriesTheMailboxGuidThePrivateFolderTypeAndTheFoldersLongTermId()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Logon.FolderIds.InterpersonalMessagesSubtree, Folder);
        ObjectId folderId = await client.CreateFolderAsync(Folder, "entry ids", Folder);
        LongTermId expected = await LongTermIdOfAsync(client, PropertyClient.LogonIndex, folderId);

        byte[] bytes = await BinaryAsync(client, Folder, EntryId);

        Assert.Multiple(() =>
        {
            // [MS-OXCDATA] 2.2.4.1: Flags 4, Provider UID 16, FolderType 2, DatabaseGuid 16, GlobalCounter 6, Pad 2.
            Assert.That(bytes, Has.Length.EqualTo(46));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes), Is.Zero, "Flags");
            Assert.That(new Guid(bytes.AsSpan(4, 16)), Is.EqualTo(client.Logon.MailboxGuid), "Provider UID: the RopLogon MailboxGuid");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)), Is.EqualTo(0x0001), "FolderType eitLTPrivateFolder");
            Assert.That(new Guid(bytes.AsSpan(22, 16)), Is.EqualTo(expected.DatabaseGuid), "DatabaseGuid: the REPLGUID of the Folder ID's REPLID");
            Assert.That(new Guid(bytes.AsSpan(22, 16)), Is.EqualTo(client.Logon.ReplGuid), "a folder created here lives on the mailbox's own replica");
            Assert.That(GlobalCounter(bytes.AsSpan(38, 6)), Is.EqualTo(folderId.GlobalCounter), "GlobalCounter");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(44)), Is.Zero, "Pad");
        });
    }

    [Test]
    public async Task AMessageEntryIdCarriesTheFolderAndMessageLongTermIdsOnceSaved()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        PropertyValue? beforeSave = await client.GetOneAsync(Message, EntryId);
        ObjectId messageId = await client.SaveAsync(Message);
        LongTermId folder = await LongTermIdOfAsync(client, PropertyClient.LogonIndex, client.Inbox);
        LongTermId message = await LongTermIdOfAsync(client, PropertyClient.LogonIndex, messageId);

        byte[] bytes = await BinaryAsync(client, Message, EntryId);
        await client.OpenMessageAsync(messageId, Folder);
        byte[] reopened = await BinaryAsync(client, Folder, EntryId);

        Assert.Multiple(() =>
        {
            Assert.That(beforeSave, Is.Null, "a message has no Message ID, so no EntryID, before its first save");

            // [MS-OXCDATA] 2.2.4.2: Flags 4, Provider UID 16, MessageType 2, FolderDatabaseGuid 16,
            // FolderGlobalCounter 6, Pad 2, MessageDatabaseGuid 16, MessageGlobalCounter 6, Pad 2.
            Assert.That(bytes, Has.Length.EqualTo(70));
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes), Is.Zero, "Flags");
            Assert.That(new Guid(bytes.AsSpan(4, 16)), Is.EqualTo(client.Logon.MailboxGuid), "Provider UID");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)), Is.EqualTo(0x0007), "MessageType eitLTPrivateMessage");
            Assert.That(new Guid(bytes.AsSpan(22, 16)), Is.EqualTo(folder.DatabaseGuid), "FolderDatabaseGuid");
            Assert.That(GlobalCounter(bytes.AsSpan(38, 6)), Is.EqualTo(client.Inbox.GlobalCounter), "FolderGlobalCounter");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(44)), Is.Zero, "Pad");
            Assert.That(new Guid(bytes.AsSpan(46, 16)), Is.EqualTo(message.DatabaseGuid), "MessageDatabaseGuid");
            Assert.That(GlobalCounter(bytes.AsSpan(62, 6)), Is.EqualTo(messageId.GlobalCounter), "MessageGlobalCounter");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(68)), Is.Zero, "Pad");
            Assert.That(reopened, Is.EqualTo(bytes), "the same message has the same EntryID when opened again");
        });
    }

    [Test]
    public async Task TheStoreEntryIdOfAPrivateMailboxIsAWrappedEmsmdbEntryIdWithServerAndMailboxNames()
    {
        var options = new StoreOptions { ServerDistinguishedName = "/o=Org/ou=Group/cn=Configuration/cn=Servers/cn=MBX01" };
        await using var harness = new StoreHarness(options);
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Folder);
        await client.SavedMessageAsync(Message, Tags.String(Tags.Subject, "s"));

        byte[] ofFolder = await BinaryAsync(client, Folder, StoreEntryId);
        byte[] ofMessage = await BinaryAsync(client, Message, StoreEntryId);
        byte[] ofLogon = await BinaryAsync(client, PropertyClient.LogonIndex, StoreEntryId);
        byte[] logonEntryId = await BinaryAsync(client, PropertyClient.LogonIndex, EntryId);
        StoreObjectEntryId decoded = StoreObjectEntryId.Decode(ofFolder, hasMailboxDn: true);

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Flags, Is.Zero, "Flags");
            Assert.That(decoded.ProviderUid, Is.EqualTo(StoreProviderUid), "ProviderUID");
            Assert.That(decoded.Version, Is.Zero, "Version");
            Assert.That(decoded.Flag, Is.Zero, "Flag");
            Assert.That(decoded.DllFileName, Is.EqualTo(DllFileName), "DLLFileName");
            Assert.That(decoded.WrappedFlags, Is.Zero, "WrappedFlags");
            Assert.That(decoded.WrappedProviderUid, Is.EqualTo(MailboxWrappedProviderUid), "WrappedProviderUID of a mailbox store");
            Assert.That(decoded.WrappedType, Is.EqualTo(0x0000000C), "WrappedType of a mailbox store");
            Assert.That(decoded.ServerShortname, Is.EqualTo("MBX01"), "the short name of the configured server");
            Assert.That(decoded.MailboxDn, Is.EqualTo(StoreHarness.User1.Essdn), "the mailbox's X500 DN");
            Assert.That(ofMessage, Is.EqualTo(ofFolder), "a message's store is the folder's");
            Assert.That(ofLogon, Is.EqualTo(ofFolder), "the logon's PidTagStoreEntryId");
            Assert.That(logonEntryId, Is.EqualTo(ofFolder), "the store object's own PidTagEntryId");
        });
    }

    [Test]
    public async Task PublicFolderEntryIdsUseThePublicProviderUidAndAStoreEntryIdWithoutMailboxDn()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        RopLogonPublicFoldersResponse logon = await client.LogonPublicFoldersAsync(PublicLogon);
        ObjectId folderId = logon.FolderIds.InterpersonalMessagesSubtree;
        await client.ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest { LogonId = 1, InputHandleIndex = PublicLogon, OutputHandleIndex = PublicFolder, FolderId = folderId });
        LongTermId expected = await LongTermIdOfAsync(client, PublicLogon, folderId);

        byte[] entryId = await BinaryAsync(client, PublicFolder, EntryId);
        byte[] storeEntryId = await BinaryAsync(client, PublicFolder, StoreEntryId);
        byte[] ofLogon = await BinaryAsync(client, PublicLogon, StoreEntryId);
        StoreObjectEntryId decoded = StoreObjectEntryId.Decode(storeEntryId, hasMailboxDn: false);

        Assert.Multiple(() =>
        {
            // [MS-OXCDATA] 2.2.4.1 in the public store.
            Assert.That(entryId, Has.Length.EqualTo(46));
            Assert.That(new Guid(entryId.AsSpan(4, 16)), Is.EqualTo(PublicProviderUid), "Provider UID of the public store");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(entryId.AsSpan(20)), Is.EqualTo(0x0003), "FolderType eitLTPublicFolder");
            Assert.That(new Guid(entryId.AsSpan(22, 16)), Is.EqualTo(expected.DatabaseGuid), "DatabaseGuid");
            Assert.That(GlobalCounter(entryId.AsSpan(38, 6)), Is.EqualTo(folderId.GlobalCounter), "GlobalCounter");

            // [MS-OXCDATA] 2.2.4.3 for a public store: no MailboxDN after ServerShortname.
            Assert.That(decoded.ProviderUid, Is.EqualTo(StoreProviderUid), "ProviderUID");
            Assert.That(decoded.DllFileName, Is.EqualTo(DllFileName), "DLLFileName");
            Assert.That(decoded.WrappedProviderUid, Is.EqualTo(PublicWrappedProviderUid), "WrappedProviderUID of a public store");
            Assert.That(decoded.WrappedType, Is.EqualTo(0x00000006), "WrappedType of a public store");
            Assert.That(decoded.ServerShortname, Is.EqualTo("inproc"), "the short name of the default server DN");
            Assert.That(ofLogon, Is.EqualTo(storeEntryId), "the public logon's PidTagStoreEntryId");
        });
    }

    [Test]
    public async Task EntryIdsAreReadOnlyAndListedWithTheOtherProperties()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Folder);
        await client.SavedMessageAsync(Message, Tags.String(Tags.Subject, "s"));
        byte[] before = await BinaryAsync(client, Folder, EntryId);
        var forged = new TaggedPropertyValue(EntryId, PropertyValue.Binary(new byte[] { 1, 2, 3 }));
        var forgedStore = new TaggedPropertyValue(StoreEntryId, PropertyValue.Binary(new byte[] { 1, 2, 3 }));

        var onFolder = await client.SetAsync(Folder, forged, forgedStore);
        var onMessage = await client.SetAsync(Message, forged, forgedStore);
        var deleted = await client.DeleteAsync(Folder, EntryId);
        ValueArray<PropertyTag> folderList = await client.ListAsync(Folder);
        ValueArray<TaggedPropertyValue> messageAll = await client.GetAllAsync(Message);

        Assert.Multiple(() =>
        {
            Assert.That(onFolder.Select(p => p.ErrorCode), Is.EqualTo(new[] { ErrorCodes.AccessDenied, ErrorCodes.AccessDenied }));
            Assert.That(onMessage.Select(p => p.ErrorCode), Is.EqualTo(new[] { ErrorCodes.AccessDenied, ErrorCodes.AccessDenied }));
            Assert.That(deleted.Select(p => p.ErrorCode), Is.EqualTo(new[] { ErrorCodes.AccessDenied }));
            Assert.That(before, Has.Length.EqualTo(46));
            Assert.That(folderList, Does.Contain(EntryId).And.Contain(StoreEntryId), "RopGetPropertiesList on the folder");
            Assert.That(messageAll.Select(v => v.PropertyTag), Does.Contain(EntryId).And.Contain(StoreEntryId), "RopGetPropertiesAll on the message");
        });
        Assert.That(await BinaryAsync(client, Folder, EntryId), Is.EqualTo(before), "not changed by the refused set and delete");
    }

    private static async Task<byte[]> BinaryAsync(PropertyClient client, byte handleIndex, PropertyTag tag)
    {
        PropertyValue? value = await client.GetOneAsync(handleIndex, tag);
        Assert.That(value, Is.InstanceOf<PropertyValue<ValueArray<byte>>>(), $"0x{tag.PropertyId:X4} on handle {handleIndex}");
        return ((PropertyValue<ValueArray<byte>>)value!).Value.ToArray();
    }

    // [MS-OXCSTOR] 2.2.1.8: the LongTermID of a Folder or Message ID, the REPLGUID of its REPLID and its GLOBCNT.
    private static async Task<LongTermId> LongTermIdOfAsync(PropertyClient client, byte logonIndex, ObjectId id) =>
        (await client.ExpectAsync<RopLongTermIdFromIdResponse>(new RopLongTermIdFromIdRequest { InputHandleIndex = logonIndex, ObjectId = id })).LongTermId;

    // [MS-OXCDATA] 2.2.1.1: a GLOBCNT is 6 bytes, most significant first.
    private static ulong GlobalCounter(ReadOnlySpan<byte> bytes)
    {
        Span<byte> wide = stackalloc byte[8];
        bytes.CopyTo(wide[2..]);
        return BinaryPrimitives.ReadUInt64BigEndian(wide);
    }

    /// <summary>[MS-OXCDATA] 2.2.4.3, read field by field.</summary>
    private sealed record StoreObjectEntryId(
        uint Flags, byte[] ProviderUid, byte Version, byte Flag, byte[] DllFileName, uint WrappedFlags,
        byte[] WrappedProviderUid, uint WrappedType, string ServerShortname, string? MailboxDn)
    {
        public static StoreObjectEntryId Decode(byte[] bytes, bool hasMailboxDn)
        {
            int at = 60;
            string server = ZeroTerminated(bytes, ref at);
            string? mailbox = hasMailboxDn ? ZeroTerminated(bytes, ref at) : null;
            Assert.That(at, Is.EqualTo(bytes.Length), "nothing after the last field");
            return new StoreObjectEntryId(
                BinaryPrimitives.ReadUInt32LittleEndian(bytes), bytes[4..20], bytes[20], bytes[21], bytes[22..36],
                BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(36)), bytes[40..56], BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(56)),
                server, mailbox);
        }

        private static string ZeroTerminated(byte[] bytes, ref int at)
        {
            int end = Array.IndexOf(bytes, (byte)0, at);
            Assert.That(end, Is.GreaterThanOrEqualTo(at), "a string ended by a zero byte");
            string text = Encoding.ASCII.GetString(bytes, at, end - at);
            at = end + 1;
            return text;
        }
    }
}
