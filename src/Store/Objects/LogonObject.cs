namespace Conformance.Store.Objects;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Processing;

/// <summary>The Logon object RopLogon creates ([MS-OXCSTOR] 1.3): the client's view of one store.</summary>
public sealed class LogonObject(byte logonId, MessageStore store, LogonFlags logonFlags, OpenFlags openFlags) : PropertyObject(null)
{
    // [MS-OXCSTOR] 2.2.2.1.1: read-only on a private logon.
    private static readonly HashSet<ushort> PrivateReadOnly =
    [
        LogonPropertyIds.ExtendedRuleSizeLimit, LogonPropertyIds.MaximumSubmitMessageSize, LogonPropertyIds.ProhibitReceiveQuota,
        LogonPropertyIds.ProhibitSendQuota, LogonPropertyIds.StoreState, LogonPropertyIds.ContentCount,
        LogonPropertyIds.MailboxOwnerEntryId, LogonPropertyIds.MailboxOwnerName, LogonPropertyIds.MessageSize,
        LogonPropertyIds.UserEntryId, LogonPropertyIds.LocaleId, LogonPropertyIds.SerializedReplidGuidMap,
        LogonPropertyIds.SortLocaleId, LogonPropertyIds.CodePageId,
    ];

    // [MS-OXCSTOR] <14> <15> <16>: read-only too when the store follows Exchange 2013 SP1 and later.
    private static readonly HashSet<ushort> RestrictedReadWrite = [PropertyIds.Comment, PropertyIds.DisplayName, LogonPropertyIds.DeleteAfterSubmit];

    // [MS-OXCSTOR] 2.2.2.2: the public logon properties are read-only.
    private static readonly HashSet<ushort> PublicReadOnly = [LogonPropertyIds.UserEntryId, LogonPropertyIds.AddressBookMessageId];

    public byte LogonId { get; } = logonId;

    public MessageStore Store { get; } = store;

    public LogonFlags LogonFlags { get; } = logonFlags;

    public OpenFlags OpenFlags { get; } = openFlags;

    /// <summary>The user of the session that logged on (PidTagUserEntryId, the public per-user data rows).</summary>
    public TargetUser? User { get; init; }

    /// <summary>The RopWritePerUserInformation data accumulated so far on this logon ([MS-OXCSTOR] 3.2.5.13.1).</summary>
    public PerUserWriteStream? PendingPerUserWrite { get; set; }

    /// <summary>The per-user data versions this logon has read to the end, by folder ([MS-OXCSTOR] 2.2.1.12.2).</summary>
    public Dictionary<PerUserFolderKey, long> CompletedPerUserReads { get; } = [];

    public override PropertyObjectKind Kind => PropertyObjectKind.Logon;

    public override PropertyBag Properties => Store.Properties;

    // [MS-OXCPRPT] 2.2.1: the common object properties are read-only for the client on the Logon object too.
    public override bool IsReadOnlyProperty(ushort propertyId) => CommonProperties.IsReadOnly(Kind, propertyId) || (Store is Mailbox
        ? PrivateReadOnly.Contains(propertyId) || (Store.Server.Options.RestrictLogonMailboxProperties && RestrictedReadWrite.Contains(propertyId))
        : PublicReadOnly.Contains(propertyId));

    /// <summary>The computed properties of a private logon ([MS-OXCSTOR] 2.2.2.1.1) in their own types.</summary>
    private static readonly PropertyTag[] PrivateComputed =
    [
        new(LogonPropertyIds.MessageSize, PropertyType.PtypInteger32), new(LogonPropertyIds.MessageSize, PropertyType.PtypInteger64),
        new(LogonPropertyIds.StoreState, PropertyType.PtypInteger32), new(LogonPropertyIds.ContentCount, PropertyType.PtypInteger32),
        new(LogonPropertyIds.UserEntryId, PropertyType.PtypBinary), new(LogonPropertyIds.SerializedReplidGuidMap, PropertyType.PtypBinary),
        new(LogonPropertyIds.MailboxOwnerEntryId, PropertyType.PtypBinary), new(LogonPropertyIds.MailboxOwnerName, PropertyType.PtypString),
        new(EntryIds.StoreEntryId, PropertyType.PtypBinary), new(EntryIds.EntryId, PropertyType.PtypBinary),
    ];

    /// <summary>The computed properties of a public folders logon ([MS-OXCSTOR] 2.2.2.2).</summary>
    private static readonly PropertyTag[] PublicComputed =
    [
        new(LogonPropertyIds.UserEntryId, PropertyType.PtypBinary), new(LogonPropertyIds.AddressBookMessageId, PropertyType.PtypInteger64),
        new(EntryIds.StoreEntryId, PropertyType.PtypBinary), new(EntryIds.EntryId, PropertyType.PtypBinary),
    ];

    public override IEnumerable<PropertyTag> ComputedPropertyTags => Store is Mailbox ? PrivateComputed : PublicComputed;

    public override PropertyValue? ComputedProperty(PropertyTag propertyTag) => (Store, propertyTag.PropertyId) switch
    {
        (_, LogonPropertyIds.UserEntryId) => User is null ? null : EntryIdOf(User.Essdn),
        (_, LogonPropertyIds.SerializedReplidGuidMap) when Store is Mailbox => SerializedReplicaMap(),
        (Mailbox mailbox, LogonPropertyIds.StoreState) => PropertyValue.Integer32(mailbox.HasActiveSearchFolders ? (int)StoreState.StoreHasSearches : 0),
        (Mailbox mailbox, LogonPropertyIds.ContentCount) => PropertyValue.Integer32(NormalMessages(mailbox).Count()),

        // [MS-OXCSTOR] 2.2.2.1.1.9 / 2.2.2.1.1.10: one ID, two properties told apart by the type asked for:
        // PidTagMessageSizeExtended (PtypInteger64) is the full size, PidTagMessageSize (PtypInteger32, also
        // the answer to PtypUnspecified) is limited to 32 bits.
        (Mailbox mailbox, LogonPropertyIds.MessageSize) when propertyTag.PropertyType == PropertyType.PtypInteger64 =>
            PropertyValue.Integer64(NormalMessages(mailbox).Sum(MessageSizeOf)),
        (Mailbox mailbox, LogonPropertyIds.MessageSize) => PropertyValue.Integer32((int)Math.Min(int.MaxValue, NormalMessages(mailbox).Sum(MessageSizeOf))),
        (Mailbox mailbox, LogonPropertyIds.MailboxOwnerEntryId) => EntryIdOf(mailbox.Owner.Essdn),
        (Mailbox mailbox, LogonPropertyIds.MailboxOwnerName) => PropertyValue.String(mailbox.Owner.Name),
        (PublicFolderStore publicFolders, LogonPropertyIds.AddressBookMessageId) => AddressBookMessageId(publicFolders),

        // [MS-OXCDATA] 2.2.4.3: the store's own EntryID is a Store Object EntryID, as is the EntryID of its store.
        (_, EntryIds.StoreEntryId or EntryIds.EntryId) => PropertyValue.Binary(EntryIds.Store(Store, Store.Server.Options.ServerDistinguishedName)),
        _ => base.ComputedProperty(propertyTag),
    };

    // [MS-OXCDATA] 2.2.5.2: an Address Book EntryID of a local mail user, version 1.
    private static PropertyValue EntryIdOf(string essdn) =>
        PropertyValue.Binary(new AddressBookEntryId(0, AddressBookEntryId.AddressBookProviderUid, 1, AddressBookEntryId.LocalMailUser, essdn).ToBytes());

    // [MS-OXCSTOR] 2.2.2.1.1.13: 18-byte pairs of a REPLID and its REPLGUID.
    private PropertyValue SerializedReplicaMap()
    {
        var bytes = new List<byte>();
        foreach ((ushort replicaId, Guid replicaGuid) in Store.Replicas.All)
        {
            bytes.Add((byte)replicaId);
            bytes.Add((byte)(replicaId >> 8));
            bytes.AddRange(replicaGuid.ToByteArray());
        }

        return PropertyValue.Binary(bytes.ToArray());
    }

    // [MS-OXCSTOR] 2.2.2.1.1.6, 2.2.2.1.1.9: the counts and sizes cover the mailbox's saved, non-FAI messages.
    private static IEnumerable<MessageRecord> NormalMessages(Mailbox mailbox) =>
        mailbox.Messages.Values.Select(m => m.Message).Where(m => !m.IsDeleted && !m.Properties.GetValue<bool>(LogonPropertyIds.Associated));

    private static long MessageSizeOf(MessageRecord message) => MessageSizes.Of(message);

    // [MS-OXCSTOR] 2.2.2.2.2: the first message of the local site's offline address book folder when it
    // has a local replica; otherwise there is no value (the property reads as ecNotFound).
    private static PropertyValue? AddressBookMessageId(PublicFolderStore publicFolders)
    {
        if (!publicFolders.Folders.TryGetValue(publicFolders.SpecialFolders.LocalSiteOfflineAddressBookData, out FolderRecord? folder)
            || folder.IsDeleted || folder.GhostReplicaServers is not null)
        {
            return null;
        }

        MessageRecord? first = folder.Messages.Values.FirstOrDefault(m => !m.IsDeleted);
        return first is null ? null : PropertyValue.Integer64(LogonPropertyIds.ToInteger64(first.Id));
    }
}

/// <summary>Data of RopWritePerUserInformation accumulated across calls for one folder ([MS-OXCSTOR] 3.2.5.13.1).</summary>
public sealed class PerUserWriteStream(PerUserFolderKey folder, Guid? replicaGuid)
{
    public PerUserFolderKey Folder { get; } = folder;

    /// <summary>The REPLGUID the first call carried (private logons only).</summary>
    public Guid? ReplicaGuid { get; } = replicaGuid;

    public List<byte> Data { get; } = [];
}
