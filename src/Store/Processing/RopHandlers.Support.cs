namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Objects;

public static partial class RopHandlers
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopHandlerEntry[] SupportHandlers =>
    [
        RopHandlerEntry.Writer<RopReleaseRequest>(RopId.RopRelease, Release, _ => 0),
        RopHandlerEntry.Writer<RopOpenFolderRequest>(RopId.RopOpenFolder, OpenFolder),
        RopHandlerEntry.Writer<RopCreateFolderRequest>(RopId.RopCreateFolder, CreateFolder),
        RopHandlerEntry.Writer<RopCreateMessageRequest>(RopId.RopCreateMessage, CreateMessage),
        RopHandlerEntry.Writer<RopOpenMessageRequest>(RopId.RopOpenMessage, OpenMessage),
        RopHandlerEntry.Writer<RopSaveChangesMessageRequest>(RopId.RopSaveChangesMessage, SaveChangesMessage),
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

    /// <summary>The folder a logon or folder handle stands for when the request names a folder by ID.</summary>
    private static uint FindFolder(RopContext context, byte inputHandleIndex, ObjectId folderId, out LogonObject logon, out FolderRecord folder)
    {
        folder = null!;
        uint error = context.Resolve(inputHandleIndex, out ServerObject input);
        logon = input?.Logon!;
        if (error != ErrorCodes.Success)
        {
            return error;
        }

        if (input is not (LogonObject or FolderObject))
        {
            return ErrorCodes.NotSupported;
        }

        if (!logon.Store.Folders.TryGetValue(folderId, out FolderRecord? found) || found.IsDeleted)
        {
            return ErrorCodes.NotFound;
        }

        folder = found;
        return ErrorCodes.Success;
    }

    /// <summary>RopOpenFolder ([MS-OXCFOLD] 3.2.5.1): opens a folder of the logon's store by Folder ID.</summary>
    private static RopResponse? OpenFolder(RopContext context, RopOpenFolderRequest request)
    {
        uint error = FindFolder(context, request.InputHandleIndex, request.FolderId, out LogonObject logon, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!context.SetOutputHandle(request.OutputHandleIndex, new FolderObject(logon, folder)))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        bool ghosted = folder.GhostReplicaServers is { Count: > 0 };
        return new RopOpenFolderResponse
        {
            OutputHandleIndex = request.OutputHandleIndex,
            HasRules = false,
            IsGhosted = ghosted,
            GhostInfo = ghosted ? new RopOpenFolderGhostInfo((ushort)folder.GhostReplicaServers!.Count, folder.GhostReplicaServers.ToArray()) : null,
        };
    }

    /// <summary>RopCreateFolder ([MS-OXCFOLD] 3.2.5.2): creates a subfolder, or opens an existing one of that name when OpenExisting is set.</summary>
    private static RopResponse? CreateFolder(RopContext context, RopCreateFolderRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out FolderObject parent);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (string.IsNullOrEmpty(request.DisplayName))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        FolderRecord? existing = parent.Folder.Children.FirstOrDefault(f => !f.IsDeleted
            && string.Equals(f.Properties.GetValue<string>(PropertyIds.DisplayName), request.DisplayName, StringComparison.OrdinalIgnoreCase));
        if (existing is not null && !request.OpenExisting)
        {
            return context.Fail(ErrorCodes.CollidingNames);
        }

        FolderRecord folder = existing ?? NewFolder(context, parent, request);
        if (!context.SetOutputHandle(request.OutputHandleIndex, new FolderObject(parent.Logon, folder)))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        return new RopCreateFolderResponse
        {
            OutputHandleIndex = request.OutputHandleIndex,
            FolderId = folder.Id,
            IsExistingFolder = existing is not null,
            HasRules = existing is not null ? false : null,
            IsGhosted = existing is not null ? false : null,
        };
    }

    private static FolderRecord NewFolder(RopContext context, FolderObject parent, RopCreateFolderRequest request)
    {
        MessageStore store = parent.Logon.Store;
        FolderRecord folder = store.CreateFolder(parent.Folder, request.DisplayName);
        if (!string.IsNullOrEmpty(request.Comment))
        {
            folder.Properties.Set(PropertyIds.Comment, PropertyValue.String(request.Comment));
        }

        ServerMaintainedProperties.OnCreated(context, folder.Properties, store);
        return folder;
    }

    /// <summary>RopCreateMessage ([MS-OXCMSG] 3.2.5.2): a new message in a folder; it exists in the store only once saved.</summary>
    private static RopResponse? CreateMessage(RopContext context, RopCreateMessageRequest request)
    {
        uint error = FindFolder(context, request.InputHandleIndex, request.FolderId, out LogonObject logon, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        var working = new MessageRecord(default);
        working.Properties.Set(PropertyIds.MessageClass, PropertyValue.String("IPM.Note"));
        ServerMaintainedProperties.OnCreated(context, working.Properties, logon.Store);
        if (!context.SetOutputHandle(request.OutputHandleIndex, new MessageObject(logon, folder, null, working, writable: true)))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        return new RopCreateMessageResponse { OutputHandleIndex = request.OutputHandleIndex, MessageId = null };
    }

    /// <summary>RopOpenMessage ([MS-OXCMSG] 3.2.5.1): opens a saved message on a working copy.</summary>
    private static RopResponse? OpenMessage(RopContext context, RopOpenMessageRequest request)
    {
        uint error = FindFolder(context, request.InputHandleIndex, request.FolderId, out LogonObject logon, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!folder.Messages.TryGetValue(request.MessageId, out MessageRecord? saved) || saved.IsDeleted)
        {
            return context.Fail(ErrorCodes.NotFound);
        }

        bool writable = (request.OpenModeFlags & OpenMessageModeFlags.ReadWrite) != 0;
        if (!context.SetOutputHandle(request.OutputHandleIndex, new MessageObject(logon, folder, saved, saved.Clone(), writable)))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        return new RopOpenMessageResponse
        {
            OutputHandleIndex = request.OutputHandleIndex,
            HasNamedProperties = saved.Properties.All.Any(p => p.PropertyTag.IsNamed),
            SubjectPrefix = TypedStringOf(saved.Properties.Get(0x003D)),
            NormalizedSubject = TypedStringOf(saved.Properties.Get(0x0E1D)),
            RecipientCount = 0,
        };
    }

    private static TypedString TypedStringOf(PropertyValue? value) => value switch
    {
        PropertyValue<string> { Value.Length: 0 } => TypedString.Empty,
        PropertyValue<string> { Type: PropertyType.PtypString } text => TypedString.Unicode(text.Value),
        PropertyValue<string> text => TypedString.Character(text.Value),
        _ => TypedString.None,
    };

    /// <summary>
    /// RopSaveChangesMessage ([MS-OXCMSG] 3.2.5.3, [MS-OXCPRPT] 3.2.5.4): the working copy becomes the
    /// stored message, visible to every session from the next ROP on.
    /// </summary>
    private static RopResponse? SaveChangesMessage(RopContext context, RopSaveChangesMessageRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out MessageObject message);
        if (error != ErrorCodes.Success)
        {
            return new RopFailureResponse(RopId.RopSaveChangesMessage, request.ResponseHandleIndex, error);
        }

        if (!message.IsWritable)
        {
            return new RopFailureResponse(RopId.RopSaveChangesMessage, request.ResponseHandleIndex, ErrorCodes.AccessDenied);
        }

        MessageStore store = message.Logon.Store;
        if (message.Saved is null)
        {
            var record = new MessageRecord(store.NewId());
            message.Working.Id = record.Id;
            message.Saved = record;
            message.Folder.Messages[record.Id] = record;
            store.Messages[record.Id] = (message.Folder, record);
        }

        ServerMaintainedProperties.OnSaved(context, message.Working.Properties, store);
        message.Saved.ReplaceWith(message.Working);
        return new RopSaveChangesMessageResponse
        {
            ResponseHandleIndex = request.ResponseHandleIndex,
            InputHandleIndex = request.InputHandleIndex,
            MessageId = message.Saved.Id,
        };
    }
}
