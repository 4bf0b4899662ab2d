namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Model;
using Conformance.Store.Processing.Property;
using Conformance.Store.Objects;

/// <summary>Messages and attachments ([MS-OXCMSG] 3.2.5) and submission ([MS-OXOMSG] 3.2.5.1).</summary>
public static partial class RopHandlers
{
    /// <summary>
    /// RopCreateMessage ([MS-OXCMSG] 3.2.5.2): a new message (FAI with AssociatedFlag) on a working copy with
    /// the initial properties of that section; it exists in the store only once saved.
    /// </summary>
    private static RopResponse? CreateMessage(RopContext context, RopCreateMessageRequest request)
    {
        uint error = FindFolder(context, request.InputHandleIndex, request.FolderId, includeSoftDeleted: false, out LogonObject logon, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        var working = new MessageRecord(default);
        PropertyBag properties = working.Properties;
        MessageFlags flags = MessageFlags.Read | MessageFlags.Unsent | (request.AssociatedFlag ? MessageFlags.Associated : MessageFlags.None);
        properties.Set(SupportPropertyIds.Importance, PropertyValue.Integer32(1));
        properties.Set(PropertyIds.MessageClass, PropertyValue.String("IPM.Note"));
        properties.Set(SupportPropertyIds.Sensitivity, PropertyValue.Integer32(0));
        properties.Set(SupportPropertyIds.DisplayBcc, PropertyValue.String(string.Empty));
        properties.Set(SupportPropertyIds.DisplayCc, PropertyValue.String(string.Empty));
        properties.Set(SupportPropertyIds.DisplayTo, PropertyValue.String(string.Empty));
        properties.Set(SupportPropertyIds.MessageFlags, PropertyValue.Integer32((int)flags));
        properties.Set(SupportPropertyIds.HasAttachments, PropertyValue.Boolean(false));
        properties.Set(SupportPropertyIds.TrustSender, PropertyValue.Integer32(1));
        properties.Set(SupportPropertyIds.HasNamedProperties, PropertyValue.Boolean(false));
        properties.Set(SupportPropertyIds.Associated, PropertyValue.Boolean(request.AssociatedFlag));
        properties.Set(SupportPropertyIds.CreatorName, PropertyValue.String(context.Session.User.Name));
        ServerMaintainedProperties.OnCreatedUnsaved(context, properties);
        context.SetOutputHandle(request.OutputHandleIndex, new MessageObject(logon, folder, null, working, writable: true) { CodePageId = request.CodePageId });

        // The Message ID is assigned on the first save; the response does not carry one (HasMessageId 0).
        return new RopCreateMessageResponse { OutputHandleIndex = request.OutputHandleIndex, MessageId = null };
    }

    /// <summary>
    /// RopOpenMessage ([MS-OXCMSG] 3.2.5.1): opens a saved message of the named folder (any folder handle
    /// or the logon may carry the request) on a working copy. ReadWrite and BestAccess give a writable
    /// handle (the store keeps no per-folder permissions, so best access is read/write); other bits are
    /// ignored, OpenSoftDeleted reaches a soft-deleted message. The response carries the recipients that
    /// fit the output buffer; RecipientCount counts them all.
    /// </summary>
    private static RopResponse? OpenMessage(RopContext context, RopOpenMessageRequest request)
    {
        bool softDeleted = (request.OpenModeFlags & OpenMessageModeFlags.OpenSoftDeleted) != 0;
        uint error = FindFolder(context, request.InputHandleIndex, request.FolderId, includeSoftDeleted: false, out LogonObject logon, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!folder.Messages.TryGetValue(request.MessageId, out MessageRecord? saved) || (saved.IsDeleted && !softDeleted))
        {
            return context.Fail(ErrorCodes.NotFound);
        }

        if (!IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        bool writable = (request.OpenModeFlags & OpenMessageModeFlags.ReadWrite) != 0;
        ValueArray<PropertyTag> columns = RecipientRows.Columns(saved.Recipients);
        var response = new RopOpenMessageResponse
        {
            OutputHandleIndex = request.OutputHandleIndex,
            HasNamedProperties = saved.Properties.All.Any(p => p.PropertyTag.IsNamed),
            SubjectPrefix = TypedStringOf(saved.Properties.Get(SupportPropertyIds.SubjectPrefix)),
            NormalizedSubject = TypedStringOf(saved.Properties.Get(SupportPropertyIds.NormalizedSubject) ?? saved.Properties.Get(PropertyIds.Subject)),
            RecipientCount = (ushort)Math.Min(saved.Recipients.Count, ushort.MaxValue),
            RecipientColumns = columns,
        };

        // [MS-OXCROPS] 2.2.6.1.2: RowCount may be less than RecipientCount; the rest is read with RopReadRecipients.
        var rows = new List<OpenRecipientRow>();
        int baseSize = EncodedSize(response);
        int size = baseSize;
        foreach (RecipientRecord recipient in saved.Recipients.Take(byte.MaxValue))
        {
            OpenRecipientRow row = RecipientRows.Row(recipient, columns, context.Options.MissingColumnIsNotFoundError, CodePages.Get(context.Options.LogonCodePage));
            int rowSize = EncodedSize(response with { RecipientRows = new[] { row } }) - baseSize;
            if (size + rowSize > context.ResponseRoom)
            {
                break;
            }

            rows.Add(row);
            size += rowSize;
        }

        return Commit(context, response with { RecipientRows = rows.ToArray() }, () =>
            context.SetOutputHandle(request.OutputHandleIndex, new MessageObject(logon, folder, saved, context.Options.Faults.HasFlag(StoreFaults.PersistBeforeSave) ? saved : saved.Clone(), writable) { CodePageId = request.CodePageId }));
    }

    private static TypedString TypedStringOf(PropertyValue? value) => value switch
    {
        PropertyValue<string> { Value.Length: 0 } => TypedString.Empty,
        PropertyValue<string> { Type: PropertyType.PtypString } text => TypedString.Unicode(text.Value),
        PropertyValue<string> text => TypedString.Character(text.Value),
        _ => TypedString.None,
    };

    /// <summary>
    /// RopSaveChangesMessage ([MS-OXCMSG] 3.2.5.3, [MS-OXCPRPT] 3.2.5.4): the working copy becomes the stored
    /// message, visible to every session from the next ROP on. A read-only handle cannot save: 3.2.5.3 names
    /// ecError for a message opened or saved read-only (Exchange 2010 - 2016 answer it, note &lt;27&gt;). A message
    /// saved through another handle since this one opened it is not overwritten unless ForceSave is set
    /// (ecObjectModified, 3.2.5.3 MUST; note &lt;25&gt; says Exchange 2010 - 2016 instead answer success without
    /// committing: this store follows the MUST). A message deleted meanwhile cannot be saved: ecObjectDeleted
    /// is not specified for this ROP, it is this store's choice.
    /// </summary>
    private static RopResponse? SaveChangesMessage(RopContext context, RopSaveChangesMessageRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out MessageObject message);
        if (error == ErrorCodes.Success)
        {
            error = CheckSave(message, (request.SaveFlags & SaveFlags.ForceSave) != 0);
        }

        if (error != ErrorCodes.Success)
        {
            return new RopFailureResponse(RopId.RopSaveChangesMessage, request.ResponseHandleIndex, error);
        }

        ObjectId id = Save(context, message);

        // [MS-OXCMSG] 2.2.3.3.1: KeepOpenReadOnly leaves the handle read-only (note <13>: Exchange 2010 and later
        // ignore the flag, the default here); the other flags keep it as it was.
        if ((request.SaveFlags & (SaveFlags.KeepOpenReadOnly | SaveFlags.KeepOpenReadWrite | SaveFlags.ForceSave)) == SaveFlags.KeepOpenReadOnly
            && context.Options.KeepOpenReadOnlyLowersAccess)
        {
            message.Writable = false;
        }

        return new RopSaveChangesMessageResponse { ResponseHandleIndex = request.ResponseHandleIndex, InputHandleIndex = request.InputHandleIndex, MessageId = id };
    }

    private static uint CheckSave(MessageObject message, bool force)
    {
        // [MS-OXCMSG] 3.2.5.3: ecError (GeneralFailure) for a handle opened or kept read-only.
        if (!message.IsWritable)
        {
            return ErrorCodes.GeneralFailure;
        }

        if (message.Saved is { } saved)
        {
            if (saved.IsDeleted)
            {
                return ErrorCodes.ObjectDeleted;
            }

            // The change key moves on every save: a different one means another handle committed first.
            if (!force && !Equals(saved.Properties.Get(PropertyIds.ChangeKey), message.Working.Properties.Get(PropertyIds.ChangeKey)))
            {
                return ErrorCodes.ObjectChanged;
            }
        }

        return ErrorCodes.Success;
    }

    /// <summary>Commits the working copy: a new message gets its Message ID and joins its folder.</summary>
    private static ObjectId Save(RopContext context, MessageObject message)
    {
        MessageStore store = message.Logon.Store;
        MessageRecord working = message.Working;
        if (message.EmbeddingAttachment is { } attachment)
        {
            // An embedded message is saved into its attachment's working copy ([MS-OXCMSG] 3.2.5.3).
            ServerMaintainedProperties.OnSaved(context, working.Properties, store);
            attachment.Working.EmbeddedMessage = working.Clone();
            return working.Id;
        }

        if (message.Saved is null)
        {
            var record = new MessageRecord(store.NewId());
            working.Id = record.Id;
            message.Saved = record;
            message.Folder.Messages[record.Id] = record;
            store.Messages[record.Id] = (message.Folder, record);
        }

        ServerMaintainedProperties.OnSaved(context, working.Properties, store);
        working.Properties.Set(PropertyIds.MessageId, StoreTree.IdValue(working.Id));
        working.Properties.Set(SupportPropertyIds.LocalCommitTime, PropertyValue.Time(context.Server.Time.GetUtcNow().UtcDateTime));
        working.Properties.Set(SupportPropertyIds.HasNamedProperties, PropertyValue.Boolean(working.Properties.All.Any(p => p.PropertyTag.IsNamed)));
        message.Saved.ReplaceWith(working);
        return message.Saved.Id;
    }

    /// <summary>
    /// RopCreateAttachment ([MS-OXCMSG] 3.2.5.4): a new attachment of a writable message, numbered by the
    /// message's next attachment number; it reaches the message's working copy on RopSaveChangesAttachment.
    /// </summary>
    private static RopResponse? CreateAttachment(RopContext context, RopCreateAttachmentRequest request)
    {
        uint error = ResolveMessageForAttachment(context, request.InputHandleIndex, out MessageObject message);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // A read-only message taking a new attachment: [MS-OXCMSG] 3.2.5.13 lists only ecMaxAttachmentExceeded and
        // ecNullObject, so ecAccessDenied (the answer 3.2.5.12 gives for insufficient rights) is this store's choice.

        if (!message.IsWritable)
        {
            return context.Fail(ErrorCodes.AccessDenied);
        }

        if (!IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        uint number = message.Working.NextAttachmentNumber++;
        var attachment = new AttachmentRecord(number);
        attachment.Properties.Set(PropertyIds.AttachNumber, PropertyValue.Integer32((int)number));

        // [MS-OXCMSG] 3.2.5.13: a new attachment has no rendering position (0xFFFFFFFF).
        attachment.Properties.Set(SupportPropertyIds.RenderingPosition, PropertyValue.Integer32(-1));
        ServerMaintainedProperties.OnCreatedUnsaved(context, attachment.Properties);
        context.SetOutputHandle(request.OutputHandleIndex, new AttachmentObject(message.Logon, message, attachment, isNew: true, writable: true));
        return new RopCreateAttachmentResponse { OutputHandleIndex = request.OutputHandleIndex, AttachmentID = number };
    }

    /// <summary>
    /// RopOpenAttachment ([MS-OXCMSG] 3.2.5.5): opens an attachment of the message's working copy by number.
    /// ReadWrite on a read-only message fails with ecAccessDenied; BestAccess follows the message's access.
    /// </summary>
    private static RopResponse? OpenAttachment(RopContext context, RopOpenAttachmentRequest request)
    {
        uint error = ResolveMessageForAttachment(context, request.InputHandleIndex, out MessageObject message);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!message.Working.Attachments.TryGetValue(request.AttachmentID, out AttachmentRecord? attachment))
        {
            return context.Fail(ErrorCodes.NotFound);
        }

        OpenAttachmentFlags mode = request.OpenAttachmentFlags & OpenAttachmentFlags.BestAccess;
        if (mode == OpenAttachmentFlags.ReadWrite && !message.IsWritable)
        {
            return context.Fail(ErrorCodes.AccessDenied);
        }

        if (!IsValidOutputIndex(context, request.OutputHandleIndex))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        bool writable = mode != OpenAttachmentFlags.ReadOnly && message.IsWritable;
        context.SetOutputHandle(request.OutputHandleIndex, new AttachmentObject(message.Logon, message, attachment.Clone(), isNew: false, writable));
        return new RopOpenAttachmentResponse { OutputHandleIndex = request.OutputHandleIndex };
    }

    /// <summary>
    /// The Message object of an attachment ROP: [MS-OXCMSG] 3.2.5.12 and 3.2.5.13 answer ecNullObject when the input
    /// handle is not a Message object (where other ROPs answer ecNotSupported).
    /// </summary>
    private static uint ResolveMessageForAttachment(RopContext context, byte inputHandleIndex, out MessageObject message)
    {
        uint error = context.Resolve(inputHandleIndex, out message);
        return error == ErrorCodes.NotSupported ? ErrorCodes.NullObject : error;
    }

    /// <summary>
    /// RopSaveChangesAttachment ([MS-OXCMSG] 3.2.5.6): the attachment's working copy goes into the message's
    /// working copy, which reaches the store on the message's own save.
    /// </summary>
    private static RopResponse? SaveChangesAttachment(RopContext context, RopSaveChangesAttachmentRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out AttachmentObject attachment);
        if (error == ErrorCodes.Success && !(attachment.IsWritable && attachment.Message.IsWritable))
        {
            error = ErrorCodes.AccessDenied;
        }

        if (error != ErrorCodes.Success)
        {
            return new RopFailureResponse(RopId.RopSaveChangesAttachment, request.ResponseHandleIndex, error);
        }

        MessageRecord message = attachment.Message.Working;
        ServerMaintainedProperties.OnSaved(context, attachment.Working.Properties, attachment.Logon.Store);
        message.Attachments[attachment.Working.Number] = attachment.Working.Clone();
        message.Properties.Set(SupportPropertyIds.HasAttachments, PropertyValue.Boolean(true));
        var flags = (MessageFlags)message.Properties.GetValue<int>(SupportPropertyIds.MessageFlags);
        message.Properties.Set(SupportPropertyIds.MessageFlags, PropertyValue.Integer32((int)(flags | MessageFlags.HasAttach)));
        attachment.IsNew = false;
        return new RopSaveChangesAttachmentResponse { ResponseHandleIndex = request.ResponseHandleIndex };
    }

    /// <summary>
    /// RopSubmitMessage ([MS-OXOMSG] 3.2.5.1). This store is not a transport: it commits the message as a
    /// save would and then, by <see cref="StoreOptions.SubmitBehavior"/>, either completes the "send" at once
    /// (mfUnsent cleared, PidTagClientSubmitTime set, moved to Sent Items, or removed when
    /// PidTagDeleteAfterSubmit is set) or leaves it in place with mfSubmitted set. Nothing is delivered.
    /// </summary>
    private static RopResponse? SubmitMessage(RopContext context, RopSubmitMessageRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out MessageObject message);
        if (error == ErrorCodes.Success)
        {
            // Not specified (the [MS-OXOMSG] 3.2.5.1 excerpts found name no error for these cases): an embedded
            // message has no folder to be sent from (ecNotSupported), and a read-only handle cannot change the
            // message (ecAccessDenied, where a save would answer ecError).
            error = message.EmbeddingAttachment is not null ? ErrorCodes.NotSupported
                : !message.IsWritable ? ErrorCodes.AccessDenied
                : CheckSave(message, force: true);
        }

        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        MessageRecord working = message.Working;
        var flags = (MessageFlags)working.Properties.GetValue<int>(SupportPropertyIds.MessageFlags);
        working.Properties.Set(SupportPropertyIds.ClientSubmitTime, PropertyValue.Time(context.Server.Time.GetUtcNow().UtcDateTime));
        bool complete = context.Options.SubmitBehavior == SubmitBehavior.MoveToSentItems && message.Logon.Store is Mailbox;
        flags = complete ? (flags | MessageFlags.Read) & ~(MessageFlags.Unsent | MessageFlags.Submitted) : flags | MessageFlags.Submitted;
        working.Properties.Set(SupportPropertyIds.MessageFlags, PropertyValue.Integer32((int)flags));
        Save(context, message);
        if (complete && message.Saved is { } saved && message.Logon.Store is Mailbox mailbox
            && mailbox.Messages.TryGetValue(saved.Id, out var location))
        {
            if (working.Properties.GetValue<bool>(SupportPropertyIds.DeleteAfterSubmit))
            {
                StoreTree.HardDeleteMessage(mailbox, location.Folder, saved);
            }
            else if (mailbox.Folders.TryGetValue(mailbox.SpecialFolders.SentItems, out FolderRecord? sentItems) && sentItems != location.Folder)
            {
                StoreTree.MoveMessage(mailbox, location.Folder, sentItems, saved);
            }
        }

        return new RopSubmitMessageResponse { InputHandleIndex = request.InputHandleIndex };
    }
}
