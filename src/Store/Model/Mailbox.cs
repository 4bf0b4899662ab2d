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
    }

    public override bool IsPrivate => true;

    public TargetUser Owner { get; }

    public PrivateMailboxFolderIds SpecialFolders { get; }

    /// <summary>Set through <see cref="IServerControl"/>: the condition RopLogon reports.</summary>
    public MailboxState State { get; set; } = MailboxState.Available;

    /// <summary>The server the mailbox lives on when it is not this one (RopLogon redirects there).</summary>
    public string? HomeServer { get; set; }

    public bool HasActiveSearchFolders { get; set; }
}
