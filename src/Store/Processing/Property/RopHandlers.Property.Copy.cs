namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Model;
using Conformance.Store.Objects;
using Conformance.Store.Processing.Property;

/// <summary>Copying properties between objects and the progress of asynchronous copies ([MS-OXCPRPT] 3.2.5.7, 3.2.5.8, 3.2.5.20).</summary>
public static partial class RopHandlers
{
    private const CopyFlags DefinedCopyFlags = CopyFlags.Move | CopyFlags.NoOverwrite;

    /// <summary>The most property tags of a RopCopyProperties that can run asynchronously: its final response must stay within RopProgress's default response bound.</summary>
    private const int MaximumAsynchronousCopyTags = (RopHandlerEntry.DefaultMaximumResponseSize - 8) / PropertyProblem.Size;

    /// <summary>
    /// RopCopyProperties ([MS-OXCPRPT] 3.2.5.7): copies (or moves) the listed properties to an object of
    /// the same type. A property the source lacks is a NotFound problem, one the destination does not
    /// let the client write an AccessDenied problem; NoOverwrite keeps the destination's values.
    /// </summary>
    private static RopResponse? CopyProperties(RopContext context, RopCopyPropertiesRequest request)
    {
        uint error = ResolveCopy(context, request.SourceHandleIndex, request.DestHandleIndex, request.CopyFlags, out PropertyObject source, out PropertyObject destination);
        if (error == PropertyReturnValues.NullDestinationObject)
        {
            return new RopCopyPropertiesNullDestinationResponse { SourceHandleIndex = request.SourceHandleIndex, DestHandleIndex = request.DestHandleIndex };
        }

        // [MS-OXCPRPT] 3.2.5.7: moving folder properties SHOULD fail with NotSupported.
        if (error == ErrorCodes.Success && source.Kind == PropertyObjectKind.Folder && (request.CopyFlags & CopyFlags.Move) != 0)
        {
            error = ErrorCodes.NotSupported;
        }

        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        RopResponse Run(byte handleIndex) => new RopCopyPropertiesResponse
        {
            SourceHandleIndex = handleIndex,
            PropertyProblems = CopyListed(context, source, destination, request.PropertyTags, request.CopyFlags),
        };

        bool asynchronous = request.WantAsynchronous && context.Options.AsynchronousCopy && request.PropertyTags.Count <= MaximumAsynchronousCopyTags;
        return asynchronous
            ? StartAsynchronous(context, request, source, (uint)request.PropertyTags.Count, Run)
            : Run(request.SourceHandleIndex);
    }

    /// <summary>
    /// RopCopyTo ([MS-OXCPRPT] 3.2.5.8): copies (or moves) every client-writable property but the
    /// excluded ones, and with WantSubObjects the subobjects too: recipients and attachments of a
    /// message, the embedded message of an attachment, subfolders and messages of a folder. Fails with
    /// FolderCycle or MessageCycle when the source contains the destination, CollidingNames when a copied
    /// subfolder's name is taken in the destination.
    /// </summary>
    private static RopResponse? CopyTo(RopContext context, RopCopyToRequest request)
    {
        uint error = ResolveCopy(context, request.SourceHandleIndex, request.DestHandleIndex, request.CopyFlags, out PropertyObject source, out PropertyObject destination);
        if (error == PropertyReturnValues.NullDestinationObject)
        {
            return new RopCopyToNullDestinationResponse { SourceHandleIndex = request.SourceHandleIndex, DestHandleIndex = request.DestHandleIndex };
        }

        if (error == ErrorCodes.Success)
        {
            error = CheckCopyTo(context, request, source, destination);
        }

        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        var excluded = request.ExcludedTags.Select(t => t.PropertyId).ToHashSet();
        RopResponse Run(byte handleIndex)
        {
            CopyAll(context, source, destination, excluded, request.CopyFlags);
            if (request.WantSubObjects)
            {
                CopySubObjects(context, source, destination, request.CopyFlags);
            }

            return new RopCopyToResponse { SourceHandleIndex = handleIndex, PropertyProblems = [] };
        }

        if (request.WantAsynchronous && context.Options.AsynchronousCopy)
        {
            uint tasks = (uint)source.Properties.All.Count(p => !excluded.Contains(p.PropertyTag.PropertyId));
            return StartAsynchronous(context, request, source, tasks, Run);
        }

        return Run(request.SourceHandleIndex);
    }

    /// <summary>
    /// RopProgress ([MS-OXCPRPT] 3.2.5.20): while the asynchronous operation on the object is not done, a
    /// RopProgress response with the task counts; once it completes (or is cancelled with WantCancel, or was
    /// aborted by another ROP on its logon), the response of the ROP that started it.
    /// </summary>
    private static RopResponse? Progress(RopContext context, RopProgressRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out ServerObject target);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // Nothing in progress on this object: there is nothing to report ([MS-OXCPRPT] 2.2.23).
        if (AsynchronousOperations.Find(target) is not { } operation)
        {
            return context.Fail(ErrorCodes.NotSupported);
        }

        // [MS-OXCPRPT] 3.2.5.20: the server may abort on WantCancel instead of completing; an operation another
        // ROP aborted ([MS-OXCPRPT] 3.1.5) is over too. Either way nothing was applied, and the answer is the original ROP's.
        if (request.WantCancel || operation.Aborted)
        {
            AsynchronousOperations.End(target);
            return operation.Cancel(request.InputHandleIndex);
        }

        if (operation.Advance())
        {
            AsynchronousOperations.End(target);
            return operation.Complete(request.InputHandleIndex);
        }

        return new RopProgressResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            LogonId = request.LogonId,
            CompletedTaskCount = operation.CompletedTaskCount,
            TotalTaskCount = operation.TotalTaskCount,
        };
    }

    // [MS-OXCPRPT] 3.2.5.7: the first answer of an asynchronous copy is a RopProgress response.
    private static RopProgressResponse StartAsynchronous(RopContext context, RopRequest request, PropertyObject source, uint tasks, Func<byte, RopResponse> run)
    {
        var operation = new PendingOperation(
            tasks,
            context.Options.AsynchronousCopyProgressSteps,
            run,
            handleIndex => new RopFailureResponse(request.RopId, handleIndex, ErrorCodes.ErrorCancel));
        AsynchronousOperations.Start(source, operation);
        return new RopProgressResponse
        {
            InputHandleIndex = RopContext.ResponseHandleIndex(request),
            LogonId = request.LogonId,
            CompletedTaskCount = operation.CompletedTaskCount,
            TotalTaskCount = operation.TotalTaskCount,
        };
    }

    /// <summary>
    /// The checks both copy ROPs share: the source and destination handles, CopyFlags, and that both are
    /// writable Message, Folder or Attachment objects of one type. An unresolved destination gives
    /// NullDestinationObject, which the caller answers with its own response layout ([MS-OXCROPS] 2.2.8.11.3).
    /// </summary>
    private static uint ResolveCopy(RopContext context, byte sourceIndex, byte destinationIndex, CopyFlags flags, out PropertyObject source, out PropertyObject destination)
    {
        destination = null!;
        uint error = context.Resolve(sourceIndex, out source);
        if (error != ErrorCodes.Success)
        {
            return error;
        }

        error = context.Resolve(destinationIndex, out destination);
        if (error == ErrorCodes.NullObject)
        {
            return PropertyReturnValues.NullDestinationObject;
        }

        if (error != ErrorCodes.Success)
        {
            return error;
        }

        // [MS-OXCPRPT] 3.2.5.7 / 3.2.5.8: other bits SHOULD give InvalidParameter (Appendix A notes 7 and 9:
        // Exchange 2010 and later do); Move and NoOverwrite SHOULD NOT be combined (2.2.10.1 note 2).
        if ((flags & ~DefinedCopyFlags) != 0
            || (context.Options.RejectMoveWithNoOverwrite && flags == (CopyFlags.Move | CopyFlags.NoOverwrite)))
        {
            return ErrorCodes.InvalidParameter;
        }

        // [MS-OXCPRPT] 2.2.10 / 3.2.5.8: both objects of one type, and that a Message, Folder or Attachment.
        if (source.Kind != destination.Kind || source.Kind == PropertyObjectKind.Logon)
        {
            return ErrorCodes.NotSupported;
        }

        if (!destination.IsWritable || ((flags & CopyFlags.Move) != 0 && context.Options.MoveDeletesSourceProperties && !source.IsWritable))
        {
            return ErrorCodes.AccessDenied;
        }

        return ErrorCodes.Success;
    }

    /// <summary>The RopCopyTo checks of [MS-OXCPRPT] 3.2.5.8 beyond <see cref="ResolveCopy"/>.</summary>
    private static uint CheckCopyTo(RopContext context, RopCopyToRequest request, PropertyObject source, PropertyObject destination)
    {
        bool move = (request.CopyFlags & CopyFlags.Move) != 0;
        switch ((source, destination))
        {
            case (FolderObject from, FolderObject to):
                if (move && context.Options.CopyToFolderMoveNotSupported)
                {
                    return ErrorCodes.NotSupported;
                }

                if (context.Options.CopyToPublicFolderNotSupported && (from.Logon.Store is PublicFolderStore || to.Logon.Store is PublicFolderStore))
                {
                    return ErrorCodes.NotSupported;
                }

                // A folder copied onto itself, or with its subfolders into one of them, would contain itself.
                if (from.Folder == to.Folder || (request.WantSubObjects && IsWithin(to.Folder, from.Folder)))
                {
                    return ErrorCodes.FolderCycle;
                }

                if (request.WantSubObjects)
                {
                    var taken = to.Folder.Children.Where(f => !f.IsDeleted).Select(DisplayNameOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    if (from.Folder.Children.Any(f => !f.IsDeleted && taken.Contains(DisplayNameOf(f))))
                    {
                        return ErrorCodes.CollidingNames;
                    }
                }

                return ErrorCodes.Success;

            case (MessageObject from, MessageObject to):
                return from == to || IsEmbeddedIn(to, from) ? ErrorCodes.MessageCycle : ErrorCodes.Success;

            case (AttachmentObject from, AttachmentObject to):
                return from == to || IsInside(to.Message, from) ? ErrorCodes.MessageCycle : ErrorCodes.Success;

            default:
                return ErrorCodes.Success;
        }
    }

    private static string DisplayNameOf(FolderRecord folder) => folder.Properties.GetValue<string>(PropertyIds.DisplayName) ?? string.Empty;

    private static bool IsWithin(FolderRecord folder, FolderRecord ancestor)
    {
        for (FolderRecord? at = folder; at is not null; at = at.Parent)
        {
            if (at == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the message is an embedded message of (an attachment of) the other, at any depth.
    private static bool IsEmbeddedIn(MessageObject message, MessageObject container)
    {
        for (MessageObject? at = message.EmbeddingAttachment?.Message; at is not null; at = at.EmbeddingAttachment?.Message)
        {
            if (at == container)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the message is (or is inside) the embedded message of the attachment.
    private static bool IsInside(MessageObject message, AttachmentObject attachment)
    {
        for (MessageObject? at = message; at is not null; at = at.EmbeddingAttachment?.Message)
        {
            if (at.EmbeddingAttachment == attachment)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the client may write the property on the object (not read-only, not computed).</summary>
    private static bool IsClientWritable(PropertyObject target, ushort propertyId) =>
        !target.IsReadOnlyProperty(propertyId) && !target.ComputedPropertyIds.Contains(propertyId);

    private static ValueArray<PropertyProblem> CopyListed(RopContext context, PropertyObject source, PropertyObject destination, ValueArray<PropertyTag> tags, CopyFlags flags)
    {
        if (context.Options.Faults.HasFlag(StoreFaults.IgnoreNoOverwrite))
        {
            flags &= ~CopyFlags.NoOverwrite;
        }

        var problems = new List<PropertyProblem>();
        var copied = new List<ushort>();
        for (int i = 0; i < tags.Count; i++)
        {
            PropertyTag tag = tags[i];
            PropertyValue? value = PropertyValues.Read(source, tag);
            if (value is null || (tag.PropertyType != PropertyType.PtypUnspecified && tag.PropertyType != value.Type))
            {
                problems.Add(new PropertyProblem((ushort)i, tag, ErrorCodes.NotFound));
                continue;
            }

            if (!IsClientWritable(destination, tag.PropertyId) || !IsClientWritable(source, tag.PropertyId))
            {
                if (context.Options.ReadOnlyProperties == ReadOnlyPropertyHandling.PropertyProblem)
                {
                    problems.Add(new PropertyProblem((ushort)i, tag, ErrorCodes.AccessDenied));
                }

                continue;
            }

            Copy(destination, tag.PropertyId, value, flags, copied);
        }

        Finish(context, source, destination, copied, flags);
        return problems.ToArray();
    }

    private static void CopyAll(RopContext context, PropertyObject source, PropertyObject destination, HashSet<ushort> excluded, CopyFlags flags)
    {
        // [MS-OXCPRPT] 3.2.5.8: only writable properties, and none of the excluded ones.
        var copied = new List<ushort>();
        foreach (TaggedPropertyValue value in source.Properties.All.ToArray())
        {
            ushort id = value.PropertyTag.PropertyId;
            if (!excluded.Contains(id) && IsClientWritable(source, id) && IsClientWritable(destination, id))
            {
                Copy(destination, id, value.PropertyValue, flags, copied);
            }
        }

        Finish(context, source, destination, copied, flags);
    }

    // [MS-OXCPRPT] 3.2.5.7: NoOverwrite keeps every value the destination already has.
    private static void Copy(PropertyObject destination, ushort propertyId, PropertyValue value, CopyFlags flags, List<ushort> copied)
    {
        if ((flags & CopyFlags.NoOverwrite) != 0 && destination.Properties.Contains(propertyId))
        {
            return;
        }

        destination.Properties.Set(propertyId, value);
        copied.Add(propertyId);
    }

    /// <summary>Removes moved properties from the source when the store does that, and moves folder change tracking on.</summary>
    private static void Finish(RopContext context, PropertyObject source, PropertyObject destination, List<ushort> copied, CopyFlags flags)
    {
        bool sameObject = source.Properties == destination.Properties;
        bool deleted = false;
        if ((flags & CopyFlags.Move) != 0 && context.Options.MoveDeletesSourceProperties && !sameObject)
        {
            foreach (ushort id in copied)
            {
                deleted |= source.Properties.Remove(id);
            }
        }

        OnChanged(context, destination, copied.Count > 0, replicate: true);
        if (!sameObject)
        {
            OnChanged(context, source, deleted, replicate: true);
        }
    }

    /// <summary>
    /// The subobjects of RopCopyTo with WantSubObjects ([MS-OXCPRPT] 3.2.5.8). With Move, the store treats
    /// them as it treats the properties (<see cref="StoreOptions.MoveDeletesSourceProperties"/>, Appendix A
    /// note 8): when moved properties leave the source, so do the moved recipients, attachments, embedded
    /// message, messages and subfolders; otherwise the source keeps them all. Message and attachment sources
    /// change in their working copy (their save stores it), folder sources at once.
    /// </summary>
    private static void CopySubObjects(RopContext context, PropertyObject source, PropertyObject destination, CopyFlags flags)
    {
        bool noOverwrite = (flags & CopyFlags.NoOverwrite) != 0;
        bool removeFromSource = (flags & CopyFlags.Move) != 0 && context.Options.MoveDeletesSourceProperties && source != destination;
        switch ((source, destination))
        {
            case (MessageObject from, MessageObject to):
                CopyMessageContent(from.Working, to.Working, noOverwrite, removeFromSource);
                break;

            case (AttachmentObject from, AttachmentObject to):
                if (from.Working.EmbeddedMessage is { } embedded && !(noOverwrite && to.Working.EmbeddedMessage is not null))
                {
                    to.Working.EmbeddedMessage = embedded.Clone();
                    if (removeFromSource)
                    {
                        from.Working.EmbeddedMessage = null;
                    }
                }

                break;

            case (FolderObject from, FolderObject to):
                CopyFolderContent(context, from.Folder, to.Folder, to.Logon.Store);
                ServerMaintainedProperties.OnFolderChanged(context, to.Folder.Properties, to.Logon.Store);
                if (removeFromSource)
                {
                    foreach (MessageRecord message in from.Folder.Messages.Values.Where(m => !m.IsDeleted).ToArray())
                    {
                        StoreTree.HardDeleteMessage(from.Logon.Store, from.Folder, message);
                    }

                    foreach (FolderRecord child in StoreTree.LiveChildren(from.Folder).ToArray())
                    {
                        StoreTree.HardDeleteFolder(from.Logon.Store, child);
                    }

                    ServerMaintainedProperties.OnFolderChanged(context, from.Folder.Properties, from.Logon.Store);
                }

                break;
        }
    }

    // A message's subobjects: its recipients take the source's (unless NoOverwrite and the destination has
    // some), and the source's attachments are added under new attachment numbers. A move takes what was
    // copied out of the source.
    private static void CopyMessageContent(MessageRecord from, MessageRecord to, bool noOverwrite, bool removeFromSource)
    {
        if (!(noOverwrite && to.Recipients.Count > 0))
        {
            to.Recipients.Clear();
            to.Recipients.AddRange(from.Recipients.Select(r => r.Clone()));
            if (removeFromSource)
            {
                from.Recipients.Clear();
            }
        }

        foreach (AttachmentRecord attachment in from.Attachments.Values.ToArray())
        {
            uint number = to.NextAttachmentNumber++;
            var copy = new AttachmentRecord(number) { EmbeddedMessage = attachment.EmbeddedMessage?.Clone() };
            copy.Properties.ReplaceWith(attachment.Properties);
            if (copy.Properties.Contains(PropertyIds.AttachNumber))
            {
                copy.Properties.Set(PropertyIds.AttachNumber, PropertyValue.Integer32((int)number));
            }

            to.Attachments[number] = copy;
        }

        if (removeFromSource && from.Attachments.Count > 0)
        {
            from.Attachments.Clear();
            from.Properties.Set(SupportPropertyIds.HasAttachments, PropertyValue.Boolean(false));
            var flags = (MessageFlags)from.Properties.GetValue<int>(SupportPropertyIds.MessageFlags);
            from.Properties.Set(SupportPropertyIds.MessageFlags, PropertyValue.Integer32((int)(flags & ~MessageFlags.HasAttach)));
        }

        if (to.Attachments.Count > 0)
        {
            to.Properties.Set(SupportPropertyIds.HasAttachments, PropertyValue.Boolean(true));
            var flags = (MessageFlags)to.Properties.GetValue<int>(SupportPropertyIds.MessageFlags);
            to.Properties.Set(SupportPropertyIds.MessageFlags, PropertyValue.Integer32((int)(flags | MessageFlags.HasAttach)));
        }
    }

    // A folder's subobjects: its messages and subfolders, recursively, as new objects of the destination
    // store. Copies get new IDs and record keys ([MS-OXCPRPT] 2.2.1.8); search keys travel (2.2.1.9).
    private static void CopyFolderContent(RopContext context, FolderRecord from, FolderRecord to, MessageStore store)
    {
        foreach (MessageRecord message in from.Messages.Values.Where(m => !m.IsDeleted).ToArray())
        {
            MessageRecord copy = message.Clone();
            copy.Id = store.NewId();
            copy.Properties.Set(PropertyIds.RecordKey, PropertyValue.Binary(Guid.NewGuid().ToByteArray()));
            to.Messages[copy.Id] = copy;
            store.Messages[copy.Id] = (to, copy);
        }

        foreach (FolderRecord child in from.Children.Where(f => !f.IsDeleted).ToArray())
        {
            FolderRecord copy = store.CreateFolder(to, DisplayNameOf(child));
            copy.Properties.ReplaceWith(child.Properties);
            ServerMaintainedProperties.OnCreated(context, copy.Properties, store);
            if (child.Properties.Get(PropertyIds.SearchKey) is { } searchKey)
            {
                copy.Properties.Set(PropertyIds.SearchKey, searchKey);
            }

            CopyFolderContent(context, child, copy, store);
        }
    }
}
