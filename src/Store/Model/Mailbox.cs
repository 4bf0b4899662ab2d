namespace Conformance.Store.Model;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// A private mailbox ([MS-OXCSTOR] 1.3.1) with the special folders a private logon returns
/// ([MS-OXCSTOR] 2.2.1.1.3), created at start-up.
/// </summary>
public sealed class Mailbox : MessageStore
{
    public Mailbox(StoreServer server, TargetUser owner, Guid replicaGuid, Guid mailboxGuid)
        : base(server, replicaGuid, mailboxGuid)
    {
        Owner = owner;
        Root.Properties.Set(PropertyIds.DisplayName, PropertyValue.String(string.Empty));
        FolderRecord deferredAction = CreateFolder(Root, "Deferred Action");
        FolderRecord spoolerQueue = CreateFolder(Root, "Spooler Queue");
        FolderRecord ipmSubtree = CreateFolder(Root, "Top of Information Store");
        FolderRecord inbox = CreateFolder(ipmSubtree, "Inbox");
        FolderRecord outbox = CreateFolder(ipmSubtree, "Outbox");
        FolderRecord sentItems = CreateFolder(ipmSubtree, "Sent Items");
        FolderRecord deletedItems = CreateFolder(ipmSubtree, "Deleted Items");
        FolderRecord commonViews = CreateFolder(Root, "Common Views");
        FolderRecord schedule = CreateFolder(Root, "Schedule");
        FolderRecord search = CreateFolder(Root, "Finder");
        FolderRecord views = CreateFolder(Root, "Views");
        FolderRecord shortcuts = CreateFolder(Root, "Shortcuts");
        foreach (FolderRecord folder in new[] { inbox, outbox, sentItems, deletedItems })
        {
            folder.Properties.Set(PropertyIds.ContainerClass, PropertyValue.String("IPF.Note"));
        }

        SpecialFolders = new PrivateMailboxFolderIds(
            Root.Id, deferredAction.Id, spoolerQueue.Id, ipmSubtree.Id, inbox.Id, outbox.Id, sentItems.Id,
            deletedItems.Id, commonViews.Id, schedule.Id, search.Id, views.Id, shortcuts.Id);

        // [MS-OXCSTOR] 3.2.3: a new mailbox starts with these Receive folder rows.
        ulong now = (ulong)server.Time.GetUtcNow().UtcDateTime.ToFileTimeUtc();
        foreach ((string messageClass, ObjectId folderId) in new[] { (string.Empty, inbox.Id), ("IPM", inbox.Id), ("Report.IPM", inbox.Id), ("IPC", Root.Id) })
        {
            ReceiveFolders.Add(new ReceiveFolderEntry(FoldReceiveFolderClass(messageClass, server.Options.ReceiveFolderClassCase), folderId, now));
        }

        InitializeLogonProperties(server.Options, sentItems.Id);
    }

    public override bool IsPrivate => true;

    public TargetUser Owner { get; }

    public PrivateMailboxFolderIds SpecialFolders { get; }

    /// <summary>Set through <see cref="IServerControl"/>: the condition RopLogon reports.</summary>
    public MailboxState State { get; set; } = MailboxState.Available;

    /// <summary>The server the mailbox lives on when it is not this one (RopLogon redirects there).</summary>
    public string? HomeServer { get; set; }

    public bool HasActiveSearchFolders { get; set; }

    /// <summary>The Receive folder table of this mailbox ([MS-OXCSTOR] 3.2.1), in insertion order.</summary>
    public List<ReceiveFolderEntry> ReceiveFolders { get; } = [];

    /// <summary>The per-user data table of this mailbox: cached read/unread data of public folders ([MS-OXCSTOR] 3.2.1, 3.2.5.13.2).</summary>
    public Dictionary<PerUserFolderKey, PerUserRecord> PerUserData { get; } = [];

    /// <summary>Counts per-user writes so each row version is distinct ([MS-OXCSTOR] 2.2.1.12.2).</summary>
    public long PerUserVersion { get; set; }

    /// <summary>A message class in the case the Receive folder table keeps ([MS-OXCSTOR] 3.2.5.3 lets the server fold it).</summary>
    public static string FoldReceiveFolderClass(string messageClass, ReceiveFolderClassCase folding) => folding switch
    {
        ReceiveFolderClassCase.UpperCase => messageClass.ToUpperInvariant(),
        ReceiveFolderClassCase.LowerCase => messageClass.ToLowerInvariant(),
        _ => messageClass,
    };

    // [MS-OXCSTOR] 2.2.2.1: the stored logon properties; the ones that follow the mailbox's content or
    // the session (StoreState, ContentCount, sizes, entry IDs, the REPLID map) are computed by LogonObject.
    private void InitializeLogonProperties(StoreOptions options, ObjectId sentItems)
    {
        Properties.Set(PropertyIds.DisplayName, PropertyValue.String(Owner.Name));
        Properties.Set(LogonPropertyIds.ExtendedRuleSizeLimit, PropertyValue.Integer32(options.ExtendedRuleSizeLimit));
        SetOptional(LogonPropertyIds.MaximumSubmitMessageSize, options.MaximumSubmitMessageSize);
        SetOptional(LogonPropertyIds.ProhibitReceiveQuota, options.ProhibitReceiveQuota);
        SetOptional(LogonPropertyIds.ProhibitSendQuota, options.ProhibitSendQuota);
        Properties.Set(LogonPropertyIds.LocaleId, PropertyValue.Integer32(0x0409));
        Properties.Set(LogonPropertyIds.SortLocaleId, PropertyValue.Integer32(0x0409));
        Properties.Set(LogonPropertyIds.CodePageId, PropertyValue.Integer32(1252));

        // [MS-OXCDATA] 2.11.1.4: a PtypServerId is Ours (1), then the Folder ID, Message ID and instance.
        var serverId = new byte[21];
        serverId[0] = 0x01;
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(serverId.AsSpan(1), LogonPropertyIds.ToInteger64(sentItems));
        Properties.Set(LogonPropertyIds.SentMailServerEntryId, PropertyValue.ServerId(serverId));

        void SetOptional(ushort propertyId, int? value)
        {
            if (value is int set)
            {
                Properties.Set(propertyId, PropertyValue.Integer32(set));
            }
        }
    }
}
