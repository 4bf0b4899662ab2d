namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Objects;

/// <summary>
/// The Support family: folders ([MS-OXCFOLD]), tables ([MS-OXCTABL]), messages and attachments
/// ([MS-OXCMSG]) and submission ([MS-OXOMSG]). This file holds the registrations and the folder ROPs;
/// the others are in Processing/Support.
/// </summary>
public static partial class RopHandlers
{
    // Bounds of the fixed-size responses ([MS-OXCROPS] 2.2.4 - 2.2.7): header (RopId, handle index, ReturnValue) and fields.
    private const int HeaderSize = 6;

    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    // Handlers whose response size depends on the store (replica lists, rows, recipient rows) declare the
    // smallest response as their bound and fit the rest to RopContext.ResponseRoom themselves.
    private static RopHandlerEntry[] SupportHandlers =>
    [
        RopHandlerEntry.Writer<RopReleaseRequest>(RopId.RopRelease, Release, _ => 0),
        RopHandlerEntry.Writer<RopOpenFolderRequest>(RopId.RopOpenFolder, OpenFolder, _ => HeaderSize + 2),
        RopHandlerEntry.Writer<RopCreateFolderRequest>(RopId.RopCreateFolder, CreateFolder, _ => HeaderSize + 9),
        RopHandlerEntry.Writer<RopDeleteFolderRequest>(RopId.RopDeleteFolder, DeleteFolder, _ => HeaderSize + 1),
        RopHandlerEntry.Writer<RopDeleteMessagesRequest>(RopId.RopDeleteMessages, DeleteMessages, _ => HeaderSize + 1),
        RopHandlerEntry.Writer<RopEmptyFolderRequest>(RopId.RopEmptyFolder, EmptyFolder, _ => HeaderSize + 1),
        RopHandlerEntry.Writer<RopGetHierarchyTableRequest>(RopId.RopGetHierarchyTable, GetHierarchyTable, _ => HeaderSize + 4),
        RopHandlerEntry.Writer<RopGetContentsTableRequest>(RopId.RopGetContentsTable, GetContentsTable, _ => HeaderSize + 4),
        RopHandlerEntry.Writer<RopSetColumnsRequest>(RopId.RopSetColumns, SetColumns, _ => HeaderSize + 1),
        RopHandlerEntry.Writer<RopQueryRowsRequest>(RopId.RopQueryRows, QueryRows, _ => HeaderSize + 3),
        RopHandlerEntry.Writer<RopCreateMessageRequest>(RopId.RopCreateMessage, CreateMessage, _ => HeaderSize + 9),
        RopHandlerEntry.Writer<RopOpenMessageRequest>(RopId.RopOpenMessage, OpenMessage, _ => HeaderSize + 8),
        RopHandlerEntry.Writer<RopSaveChangesMessageRequest>(RopId.RopSaveChangesMessage, SaveChangesMessage, _ => HeaderSize + 9),
        RopHandlerEntry.Writer<RopCreateAttachmentRequest>(RopId.RopCreateAttachment, CreateAttachment, _ => HeaderSize + 4),
        RopHandlerEntry.Writer<RopOpenAttachmentRequest>(RopId.RopOpenAttachment, OpenAttachment, _ => HeaderSize),
        RopHandlerEntry.Writer<RopSaveChangesAttachmentRequest>(RopId.RopSaveChangesAttachment, SaveChangesAttachment, _ => HeaderSize),
        RopHandlerEntry.Writer<RopSubmitMessageRequest>(RopId.RopSubmitMessage, SubmitMessage, _ => HeaderSize),
    ];

    // [MS-OXCROPS] 2.2.15.3: RopRelease frees the object and has no response; an empty slot is no error.
    private static RopResponse? Release(RopContext context, RopReleaseRequest request)
    {
        if (request.InputHandleIndex < context.HandleTable.Length)
        {
            context.Session.Release(context.HandleTable[request.InputHandleIndex]);
        }

        return null;
    }

    /// <summary>The encoded size of <paramref name="response"/>.</summary>
    private static int EncodedSize(RopResponse response)
    {
        using var writer = new ProtocolWriter();
        response.Encode(writer);
        return writer.Position;
    }

    /// <summary>
    /// Answers <paramref name="response"/> after <paramref name="commit"/> when it fits the output buffer;
    /// otherwise changes nothing and lets the processor report the ROP unprocessed.
    /// </summary>
    private static RopResponse Commit(RopContext context, RopResponse response, Action commit)
    {
        int size = EncodedSize(response);
        if (size > context.ResponseRoom)
        {
            return new RopResponseDoesNotFit(context.Request.RopId, size);
        }

        commit();
        return response;
    }

    /// <summary>Whether <paramref name="outputHandleIndex"/> names a slot of the handle table.</summary>
    private static bool IsValidOutputIndex(RopContext context, byte outputHandleIndex) => outputHandleIndex < context.HandleTable.Length;

    /// <summary>The folder a logon or folder handle stands for when the request names a folder by ID ([MS-OXCFOLD] 2.2.1.1.1, [MS-OXCMSG] 2.2.3.1).</summary>
    private static uint FindFolder(RopContext context, byte inputHandleIndex, ObjectId folderId, bool includeSoftDeleted, out LogonObject logon, out FolderRecord folder)
    {
        folder = null!;
        logon = null!;
        uint error = context.Resolve(inputHandleIndex, out ServerObject input);
        if (error != ErrorCodes.Success)
        {
            return error;
        }

        if (input is not (LogonObject or FolderObject))
        {
            return ErrorCodes.NotSupported;
        }

        logon = input.Logon;
        if (!logon.Store.Folders.TryGetValue(folderId, out FolderRecord? found) || (found.IsDeleted && !includeSoftDeleted))
        {
            return ErrorCodes.NotFound;
        }

        folder = found;
        return ErrorCodes.Success;
    }

    /// <summary>
    /// RopOpenFolder ([MS-OXCFOLD] 3.2.5.1): opens a folder of the logon's store by Folder ID; a soft-deleted
    /// folder only with OpenSoftDeleted (2.2.1.1.1); other mode bits are ignored.
    /// </summary>
    private static RopResponse? OpenFolder(RopContext context, RopOpenFolderRequest request)
    {
        bool softDeleted = (request.OpenModeFlags & OpenFolderModeFlags.OpenSoftDeleted) != 0;
        uint error = FindFolder(context, request.InputHandleIndex, request.FolderId, softDeleted, out LogonObject logon, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        RopOpenFolderGhostInfo? ghost = GhostInfo(logon.Store, folder);
        var response = new RopOpenFolderResponse
        {
            OutputHandleIndex = request.OutputHandleIndex,
            HasRules = false,
            IsGhosted = ghost is not null,
            GhostInfo = ghost,
        };
        return Commit(context, response, () => context.SetOutputHandle(request.OutputHandleIndex, new FolderObject(logon, folder)));
    }

    // [MS-OXCFOLD] 2.2.1.1.2: IsGhosted is TRUE when this server has no active replica of the public folder,
    // with the servers that have one (none when no active replica is left: ServerCount 0, CheapServerCount 0).
    // The same rule as RopPublicFolderIsGhosted ([MS-OXCSTOR] 3.2.5.7).
    private static RopOpenFolderGhostInfo? GhostInfo(MessageStore store, FolderRecord folder) =>
        GhostedReplicaServers(store, folder) is { } servers ? new RopOpenFolderGhostInfo((ushort)servers.Count, servers.ToArray()) : null;

    /// <summary>
    /// The servers with an active replica of a folder that is ghosted here, or null when it is not ghosted:
    /// private mailbox folders and the IPM and non-IPM subtrees never are ([MS-OXCSTOR] 3.2.5.7).
    /// </summary>
    private static IReadOnlyList<string>? GhostedReplicaServers(MessageStore store, FolderRecord folder) =>
        store is PublicFolderStore publicFolders
        && folder.Id != publicFolders.SpecialFolders.InterpersonalMessagesSubtree
        && folder.Id != publicFolders.SpecialFolders.NonInterpersonalMessagesSubtree
            ? folder.GhostReplicaServers
            : null;

    /// <summary>
    /// RopCreateFolder ([MS-OXCFOLD] 3.2.5.2): creates a subfolder of the input folder, or with OpenExisting
    /// opens the live subfolder of that name; a name already taken otherwise fails with ecDuplicateName.
    /// </summary>
    private static RopResponse? CreateFolder(RopContext context, RopCreateFolderRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out FolderObject parent);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // [MS-OXCFOLD] 2.2.1.2.1: FOLDER_GENERIC and FOLDER_SEARCH are the only folder types a client creates.
        if (request.FolderType is not (FolderType.Generic or FolderType.Search) || string.IsNullOrEmpty(request.DisplayName) || !IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        FolderRecord? existing = StoreTree.LiveChildren(parent.Folder).FirstOrDefault(f =>
            string.Equals(f.Properties.GetValue<string>(PropertyIds.DisplayName), request.DisplayName, StringComparison.OrdinalIgnoreCase));
        if (existing is not null && !request.OpenExisting)
        {
            return context.Fail(ErrorCodes.CollidingNames);
        }

        MessageStore store = parent.Logon.Store;
        if (existing is not null)
        {
            // [MS-OXCFOLD] 2.2.1.2.2: IsExistingFolder (and with it HasRules and IsGhosted) concerns public folders.
            bool report = !store.IsPrivate || context.Options.ReportExistingFolderInPrivateMailbox;
            RopOpenFolderGhostInfo? ghost = GhostInfo(store, existing);
            var opened = new RopCreateFolderResponse
            {
                OutputHandleIndex = request.OutputHandleIndex,
                FolderId = existing.Id,
                IsExistingFolder = report,
                HasRules = report ? false : null,
                IsGhosted = report ? ghost is not null : null,
                GhostInfo = report ? ghost : null,
            };
            return Commit(context, opened, () => context.SetOutputHandle(request.OutputHandleIndex, new FolderObject(parent.Logon, existing)));
        }

        FolderRecord folder = store.CreateFolder(parent.Folder, request.DisplayName);
        folder.Properties.Set(SupportPropertyIds.FolderType, PropertyValue.Integer32(request.FolderType == FolderType.Search ? FolderTypes.Search : FolderTypes.Generic));
        if (!string.IsNullOrEmpty(request.Comment))
        {
            folder.Properties.Set(PropertyIds.Comment, PropertyValue.String(request.Comment));
        }

        ServerMaintainedProperties.OnCreated(context, folder.Properties, store);
        context.SetOutputHandle(request.OutputHandleIndex, new FolderObject(parent.Logon, folder));
        return new RopCreateFolderResponse { OutputHandleIndex = request.OutputHandleIndex, FolderId = folder.Id, IsExistingFolder = false };
    }

    /// <summary>
    /// RopDeleteFolder ([MS-OXCFOLD] 3.2.5.3): deletes a subfolder of the input folder. Subfolders and messages
    /// go with it only when DEL_FOLDERS / DEL_MESSAGES allow; DELETE_HARD_DELETE removes it for good.
    /// </summary>
    private static RopResponse? DeleteFolder(RopContext context, RopDeleteFolderRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out FolderObject parent);
        if (error != ErrorCodes.Success)
        {
            return new RopDeleteFolderResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = error };
        }

        // [MS-OXCFOLD] 3.2.5.3: ecNotSupported for the Root folder, ecAccessDenied for a special folder, ecNotFound
        // for an ID that names no subfolder of the input folder. Bits outside DEL_MESSAGES, DEL_FOLDERS and
        // DELETE_HARD_DELETE are ignored, as Exchange 2010 and later do (section 6 note <13> on the SHOULD).
        MessageStore store = parent.Logon.Store;
        if (request.FolderId == store.Root.Id)
        {
            return new RopDeleteFolderResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = ErrorCodes.NotSupported };
        }

        FolderRecord? target = StoreTree.LiveChildren(parent.Folder).FirstOrDefault(f => f.Id == request.FolderId);
        if (target is null)
        {
            return new RopDeleteFolderResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = ErrorCodes.NotFound };
        }

        if (IsSpecialFolder(store, target.Id))
        {
            return new RopDeleteFolderResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = ErrorCodes.AccessDenied };
        }

        bool blockedByFolders = StoreTree.LiveChildren(target).Any() && (request.DeleteFolderFlags & DeleteFolderFlags.DeleteFolders) == 0;
        bool blockedByMessages = target.Messages.Values.Any(m => !m.IsDeleted) && (request.DeleteFolderFlags & DeleteFolderFlags.DeleteMessages) == 0;
        if (blockedByFolders || blockedByMessages)
        {
            return context.Options.DeleteFolderFailsWhenNotEmpty
                ? new RopDeleteFolderResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = blockedByFolders ? ErrorCodes.HasFolders : ErrorCodes.HasMessages }
                : new RopDeleteFolderResponse { InputHandleIndex = request.InputHandleIndex, PartialCompletion = true };
        }

        RemoveFolder(context, store, target, (request.DeleteFolderFlags & DeleteFolderFlags.DeleteHardDelete) != 0);
        return new RopDeleteFolderResponse { InputHandleIndex = request.InputHandleIndex };
    }

    /// <summary>Whether <paramref name="folderId"/> is one of the special folders a logon response lists ([MS-OXCSTOR] 2.2.1.1.3, 2.2.1.1.4).</summary>
    private static bool IsSpecialFolder(MessageStore store, ObjectId folderId) => store switch
    {
        Mailbox mailbox => mailbox.SpecialFolders.ToArray().Contains(folderId),
        PublicFolderStore publicFolders => publicFolders.SpecialFolders.ToArray().Where(id => id != default).Contains(folderId),
        _ => false,
    };

    // [MS-OXCFOLD] 2.2.1.3.1: hard when asked; soft otherwise, except in private mailboxes unless configured.
    private static void RemoveFolder(RopContext context, MessageStore store, FolderRecord folder, bool hard)
    {
        if (hard || (store.IsPrivate && !context.Options.SoftDeleteFoldersInPrivateMailbox))
        {
            StoreTree.HardDeleteFolder(store, folder);
        }
        else
        {
            StoreTree.SoftDeleteFolder(folder);
        }
    }

    /// <summary>
    /// RopDeleteMessages ([MS-OXCFOLD] 3.2.5.11): soft deletes the listed messages of the input folder; an ID
    /// that names no message there is skipped and reported by PartialCompletion. NotifyNonRead asks for
    /// non-read receipts, which need a transport this store does not have: it is accepted and ignored.
    /// </summary>
    private static RopResponse? DeleteMessages(RopContext context, RopDeleteMessagesRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out FolderObject folder);
        if (error != ErrorCodes.Success)
        {
            return new RopDeleteMessagesResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = error };
        }

        bool partial = false;
        foreach (ObjectId id in request.MessageIds)
        {
            if (folder.Folder.Messages.TryGetValue(id, out MessageRecord? message) && !message.IsDeleted)
            {
                StoreTree.SoftDeleteMessage(message);
            }
            else
            {
                partial = true;
            }
        }

        return new RopDeleteMessagesResponse { InputHandleIndex = request.InputHandleIndex, PartialCompletion = partial };
    }

    /// <summary>
    /// RopEmptyFolder ([MS-OXCFOLD] 3.2.5.9): deletes the folder's normal messages, its FAI messages too when
    /// WantDeleteAssociated is set, and every subfolder; the folder itself stays. It runs synchronously.
    /// </summary>
    private static RopResponse? EmptyFolder(RopContext context, RopEmptyFolderRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out FolderObject folder);
        if (error != ErrorCodes.Success)
        {
            return new RopEmptyFolderResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = error };
        }

        // [MS-OXCFOLD] 3.2.5.9: the Root folder and search folders SHOULD not be emptied (ecNotSupported; section 6
        // note <18>: Exchange 2010 SP2 RU4 and later, and 2007 and later for search folders).
        if (folder.Folder == folder.Logon.Store.Root || folder.Folder.Properties.GetValue<int>(SupportPropertyIds.FolderType) == FolderTypes.Search)
        {
            return new RopEmptyFolderResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = ErrorCodes.NotSupported };
        }

        foreach (MessageRecord message in folder.Folder.Messages.Values.Where(m => !m.IsDeleted && (request.WantDeleteAssociated || !StoreTree.IsAssociated(m))))
        {
            StoreTree.SoftDeleteMessage(message);
        }

        foreach (FolderRecord child in StoreTree.LiveChildren(folder.Folder).ToArray())
        {
            RemoveFolder(context, folder.Logon.Store, child, hard: false);
        }

        return new RopEmptyFolderResponse { InputHandleIndex = request.InputHandleIndex };
    }
}
