namespace Conformance.Protocol.Generators;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using FsCheck;
using FsCheck.Fluent;

public static partial class RopGenerators
{
    private static RopCase[] SupportCases =>
    [
        new(
            RopId.RopRelease,
            Gen.Zip(LogonId, HandleIndex).Select(t => (RopRequest)new RopReleaseRequest { LogonId = t.Item1, InputHandleIndex = t.Item2 }),
            null),
        new(
            RopId.RopOpenFolder,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from folder in DataGenerators.ObjectId
            from flags in Gen.Elements(OpenFolderModeFlags.None, OpenFolderModeFlags.OpenSoftDeleted)
            select (RopRequest)new RopOpenFolderRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, FolderId = folder, OpenModeFlags = flags },
            Gen.OneOf(
                Failure(RopId.RopOpenFolder),
                from output in HandleIndex
                from hasRules in DataGenerators.Boolean
                from servers in DataGenerators.ArrayOf(DataGenerators.AsciiString, 3)
                from cheap in Gen.Choose(0, servers.Length)
                select new ResponseSample(
                    new RopOpenFolderResponse
                    {
                        OutputHandleIndex = output,
                        HasRules = hasRules,
                        IsGhosted = servers.Length > 0,
                        GhostInfo = servers.Length > 0 ? new RopOpenFolderGhostInfo((ushort)cheap, servers) : null,
                    },
                    RopResponseContext.None))),
        new(RopId.RopCreateFolder, SupportCreateFolderRequests, Gen.OneOf(Failure(RopId.RopCreateFolder), SupportCreateFolderResponses)),
        new(
            RopId.RopDeleteFolder,
            from logon in LogonId
            from input in HandleIndex
            from flags in DataGenerators.Byte
            from folder in DataGenerators.ObjectId
            select (RopRequest)new RopDeleteFolderRequest { LogonId = logon, InputHandleIndex = input, DeleteFolderFlags = (DeleteFolderFlags)flags, FolderId = folder },
            from input in HandleIndex
            from value in SupportAnyReturnValue
            from partial in DataGenerators.Boolean
            select new ResponseSample(new RopDeleteFolderResponse { InputHandleIndex = input, ReturnValue = value, PartialCompletion = partial }, RopResponseContext.None)),
        new(
            RopId.RopGetHierarchyTable,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from flags in DataGenerators.Byte
            select (RopRequest)new RopGetHierarchyTableRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, TableFlags = (HierarchyTableFlags)flags },
            Gen.OneOf(
                Failure(RopId.RopGetHierarchyTable),
                from output in HandleIndex
                from rows in DataGenerators.UInt32
                select new ResponseSample(new RopGetHierarchyTableResponse { OutputHandleIndex = output, RowCount = rows }, RopResponseContext.None))),
        new(
            RopId.RopGetContentsTable,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from flags in DataGenerators.Byte
            select (RopRequest)new RopGetContentsTableRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, TableFlags = (ContentsTableFlags)flags },
            Gen.OneOf(
                Failure(RopId.RopGetContentsTable),
                from output in HandleIndex
                from rows in DataGenerators.UInt32
                select new ResponseSample(new RopGetContentsTableResponse { OutputHandleIndex = output, RowCount = rows }, RopResponseContext.None))),
        new(
            RopId.RopSetColumns,
            from logon in LogonId
            from input in HandleIndex
            from flags in Gen.Elements(SetColumnsFlags.Synchronous, SetColumnsFlags.Asynchronous)
            from tags in DataGenerators.Columns
            select (RopRequest)new RopSetColumnsRequest { LogonId = logon, InputHandleIndex = input, SetColumnsFlags = flags, PropertyTags = tags },
            Gen.OneOf(
                Failure(RopId.RopSetColumns),
                from input in HandleIndex
                from status in Gen.Elements(Enum.GetValues<TableStatus>())
                select new ResponseSample(new RopSetColumnsResponse { InputHandleIndex = input, TableStatus = status }, RopResponseContext.None))),
        new(
            RopId.RopQueryRows,
            from logon in LogonId
            from input in HandleIndex
            from flags in Gen.Elements(QueryRowsFlags.Advance, QueryRowsFlags.NoAdvance, QueryRowsFlags.EnablePackedBuffers)
            from forward in DataGenerators.Boolean
            from count in DataGenerators.UInt16
            select (RopRequest)new RopQueryRowsRequest { LogonId = logon, InputHandleIndex = input, QueryRowsFlags = flags, ForwardRead = forward, RowCount = count },
            Gen.OneOf(Failure(RopId.RopQueryRows), SupportQueryRowsResponses)),
        new(
            RopId.RopCreateMessage,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from codePage in DataGenerators.UInt16
            from folder in DataGenerators.ObjectId
            from associated in DataGenerators.Boolean
            select (RopRequest)new RopCreateMessageRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, CodePageId = codePage, FolderId = folder, AssociatedFlag = associated },
            Gen.OneOf(
                Failure(RopId.RopCreateMessage),
                from output in HandleIndex
                from id in Gen.OneOf(Gen.Constant<ObjectId?>(null), DataGenerators.ObjectId.Select(i => (ObjectId?)i))
                select new ResponseSample(new RopCreateMessageResponse { OutputHandleIndex = output, MessageId = id }, RopResponseContext.None))),
        new(
            RopId.RopOpenMessage,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from codePage in DataGenerators.UInt16
            from folder in DataGenerators.ObjectId
            from flags in Gen.Elements(OpenMessageModeFlags.ReadOnly, OpenMessageModeFlags.ReadWrite, OpenMessageModeFlags.BestAccess, OpenMessageModeFlags.OpenSoftDeleted)
            from message in DataGenerators.ObjectId
            select (RopRequest)new RopOpenMessageRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, CodePageId = codePage, FolderId = folder, OpenModeFlags = flags, MessageId = message },
            Gen.OneOf(Failure(RopId.RopOpenMessage), SupportOpenMessageResponses)),
        new(
            RopId.RopSaveChangesMessage,
            from logon in LogonId
            from response in HandleIndex
            from input in HandleIndex
            from flags in DataGenerators.Byte
            select (RopRequest)new RopSaveChangesMessageRequest { LogonId = logon, ResponseHandleIndex = response, InputHandleIndex = input, SaveFlags = (SaveFlags)flags },
            Gen.OneOf(
                Failure(RopId.RopSaveChangesMessage),
                from response in HandleIndex
                from input in HandleIndex
                from id in DataGenerators.ObjectId
                select new ResponseSample(new RopSaveChangesMessageResponse { ResponseHandleIndex = response, InputHandleIndex = input, MessageId = id }, RopResponseContext.None))),
        new(
            RopId.RopDeleteMessages,
            from logon in LogonId
            from input in HandleIndex
            from asynchronous in DataGenerators.Boolean
            from notify in DataGenerators.Boolean
            from ids in DataGenerators.ArrayOf(DataGenerators.ObjectId, 5)
            select (RopRequest)new RopDeleteMessagesRequest { LogonId = logon, InputHandleIndex = input, WantAsynchronous = asynchronous, NotifyNonRead = notify, MessageIds = ids },
            from input in HandleIndex
            from value in SupportAnyReturnValue
            from partial in DataGenerators.Boolean
            select new ResponseSample(new RopDeleteMessagesResponse { InputHandleIndex = input, ReturnValue = value, PartialCompletion = partial }, RopResponseContext.None)),
        new(
            RopId.RopCreateAttachment,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            select (RopRequest)new RopCreateAttachmentRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output },
            Gen.OneOf(
                Failure(RopId.RopCreateAttachment),
                from output in HandleIndex
                from id in DataGenerators.UInt32
                select new ResponseSample(new RopCreateAttachmentResponse { OutputHandleIndex = output, AttachmentID = id }, RopResponseContext.None))),
        new(
            RopId.RopOpenAttachment,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from flags in Gen.Elements(OpenAttachmentFlags.ReadOnly, OpenAttachmentFlags.ReadWrite, OpenAttachmentFlags.BestAccess)
            from id in DataGenerators.UInt32
            select (RopRequest)new RopOpenAttachmentRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, OpenAttachmentFlags = flags, AttachmentID = id },
            Gen.OneOf(
                Failure(RopId.RopOpenAttachment),
                HandleIndex.Select(output => new ResponseSample(new RopOpenAttachmentResponse { OutputHandleIndex = output }, RopResponseContext.None)))),
        new(
            RopId.RopSaveChangesAttachment,
            from logon in LogonId
            from response in HandleIndex
            from input in HandleIndex
            from flags in DataGenerators.Byte
            select (RopRequest)new RopSaveChangesAttachmentRequest { LogonId = logon, ResponseHandleIndex = response, InputHandleIndex = input, SaveFlags = (SaveFlags)flags },
            Gen.OneOf(
                Failure(RopId.RopSaveChangesAttachment),
                HandleIndex.Select(response => new ResponseSample(new RopSaveChangesAttachmentResponse { ResponseHandleIndex = response }, RopResponseContext.None)))),
        new(
            RopId.RopSubmitMessage,
            from logon in LogonId
            from input in HandleIndex
            from flags in Gen.Elements(SubmitFlags.None, SubmitFlags.PreProcess, SubmitFlags.NeedsSpooler)
            select (RopRequest)new RopSubmitMessageRequest { LogonId = logon, InputHandleIndex = input, SubmitFlags = flags },
            Gen.OneOf(
                Failure(RopId.RopSubmitMessage),
                HandleIndex.Select(input => new ResponseSample(new RopSubmitMessageResponse { InputHandleIndex = input }, RopResponseContext.None)))),
        new(
            RopId.RopBufferTooSmall,
            null,
            from size in DataGenerators.UInt16
            from rest in DataGenerators.Bytes
            select new ResponseSample(new RopBufferTooSmallResponse { SizeNeeded = size, RequestBuffers = rest }, RopResponseContext.None)),
        new(
            RopId.RopBackoff,
            null,
            from logon in LogonId
            from duration in DataGenerators.UInt32
            from entries in DataGenerators.ArrayOf(
                from id in DataGenerators.Byte
                from wait in DataGenerators.UInt32
                select new BackoffRop((RopId)id, wait),
                4)
            from additional in DataGenerators.Bytes
            select new ResponseSample(new RopBackoffResponse { LogonId = logon, Duration = duration, BackoffRopData = entries, AdditionalData = additional }, RopResponseContext.None)),
        new(
            RopId.RopPending,
            null,
            DataGenerators.UInt16.Select(index => new ResponseSample(new RopPendingResponse { SessionIndex = index }, RopResponseContext.None))),
    ];

    private static Gen<uint> SupportAnyReturnValue => Gen.Frequency((1, Gen.Constant(0u)), (1, DataGenerators.UInt32));

    private static Gen<RopRequest> SupportCreateFolderRequests =>
        from logon in LogonId
        from input in HandleIndex
        from output in HandleIndex
        from folderType in Gen.Elements(FolderType.Generic, FolderType.Search)
        from unicode in DataGenerators.Boolean
        from openExisting in DataGenerators.Boolean
        from reserved in DataGenerators.Byte
        from displayName in unicode ? DataGenerators.UnicodeString : DataGenerators.String8
        from comment in unicode ? DataGenerators.UnicodeString : DataGenerators.String8
        select (RopRequest)new RopCreateFolderRequest
        {
            LogonId = logon,
            InputHandleIndex = input,
            OutputHandleIndex = output,
            FolderType = folderType,
            UseUnicodeStrings = unicode,
            OpenExisting = openExisting,
            Reserved = reserved,
            DisplayName = displayName,
            Comment = comment,
        };

    private static Gen<ResponseSample> SupportCreateFolderResponses =>
        from output in HandleIndex
        from folder in DataGenerators.ObjectId
        from existing in DataGenerators.Boolean
        from hasRules in DataGenerators.Boolean
        from servers in DataGenerators.ArrayOf(DataGenerators.AsciiString, 3)
        from cheap in Gen.Choose(0, servers.Length)
        let ghosted = existing && servers.Length > 0
        select new ResponseSample(
            new RopCreateFolderResponse
            {
                OutputHandleIndex = output,
                FolderId = folder,
                IsExistingFolder = existing,
                HasRules = existing ? hasRules : null,
                IsGhosted = existing ? ghosted : null,
                GhostInfo = ghosted ? new RopOpenFolderGhostInfo((ushort)cheap, servers) : null,
            },
            RopResponseContext.None);

    private static Gen<ResponseSample> SupportQueryRowsResponses =>
        from input in HandleIndex
        from origin in Gen.Elements(Bookmark.Beginning, Bookmark.Current, Bookmark.End)
        from columns in DataGenerators.Columns
        from rows in DataGenerators.ArrayOf(DataGenerators.PropertyRow(columns), 3)
        select new ResponseSample(
            new RopQueryRowsResponse { InputHandleIndex = input, Origin = origin, RowData = rows, Columns = columns },
            new RopResponseContext(null, columns));

    private static Gen<TypedString> SupportTypedString =>
        Gen.OneOf(
            Gen.Elements(TypedString.None, TypedString.Empty),
            DataGenerators.String8.Select(TypedString.Character),
            DataGenerators.String8.Select(TypedString.ReducedUnicode),
            DataGenerators.UnicodeString.Select(TypedString.Unicode));

    /// <summary>A RecipientRow of every Type, with every optional string switched on or off, answering a prefix of <paramref name="columns"/>.</summary>
    public static Gen<RecipientRow> RecipientRow(ValueArray<PropertyTag> columns) =>
        from type in Gen.Choose(0, 7).Select(t => (RecipientRowType)t)
        from bits in Gen.Choose(0, 0xFFFF).Select(b => (RecipientFlags)b & ~RecipientFlags.TypeMask)
        let flags = (RecipientFlags)(byte)type | bits
        let unicode = (flags & RecipientFlags.U) != 0
        from prefix in DataGenerators.Byte
        from displayType in DataGenerators.Byte
        from x500 in DataGenerators.AsciiString
        from entryId in DataGenerators.Bytes
        from searchKey in DataGenerators.Bytes
        from addressType in DataGenerators.AsciiString
        from strings in Gen.ArrayOf(unicode ? DataGenerators.UnicodeString : DataGenerators.String8, 4)
        from count in Gen.Choose(0, columns.Count)
        let used = new ValueArray<PropertyTag>(columns.AsSpan()[..count].ToArray())
        from properties in DataGenerators.PropertyRow(used)
        select new RecipientRow
        {
            RecipientFlags = flags,
            AddressPrefixUsed = type == RecipientRowType.X500DN ? prefix : null,
            DisplayType = type == RecipientRowType.X500DN ? displayType : null,
            X500DN = type == RecipientRowType.X500DN ? x500 : null,
            EntryId = type is RecipientRowType.PersonalDistributionList1 or RecipientRowType.PersonalDistributionList2 ? (ValueArray<byte>?)entryId : null,
            SearchKey = type is RecipientRowType.PersonalDistributionList1 or RecipientRowType.PersonalDistributionList2 ? (ValueArray<byte>?)searchKey : null,
            AddressType = type == RecipientRowType.NoType && (flags & RecipientFlags.O) != 0 ? addressType : null,
            EmailAddress = (flags & RecipientFlags.E) != 0 ? strings[0] : null,
            DisplayName = (flags & RecipientFlags.D) != 0 ? strings[1] : null,
            SimpleDisplayName = (flags & RecipientFlags.I) != 0 ? strings[2] : null,
            TransmittableDisplayName = (flags & RecipientFlags.T) != 0 ? strings[3] : null,
            RecipientProperties = properties,
        };

    private static Gen<ResponseSample> SupportOpenMessageResponses =>
        from output in HandleIndex
        from named in DataGenerators.Boolean
        from prefix in SupportTypedString
        from subject in SupportTypedString
        from recipientCount in DataGenerators.UInt16
        from columns in DataGenerators.Columns
        from rows in DataGenerators.ArrayOf(
            from recipientType in DataGenerators.Byte
            from codePage in DataGenerators.UInt16
            from reserved in Gen.Frequency((4, Gen.Constant((ushort)0)), (1, DataGenerators.UInt16))
            from row in RecipientRow(columns)
            select new OpenRecipientRow { RecipientType = recipientType, CodePageId = codePage, Reserved = reserved, RecipientRow = row },
            3)
        select new ResponseSample(
            new RopOpenMessageResponse
            {
                OutputHandleIndex = output,
                HasNamedProperties = named,
                SubjectPrefix = prefix,
                NormalizedSubject = subject,
                RecipientCount = recipientCount,
                RecipientColumns = columns,
                RecipientRows = rows,
            },
            RopResponseContext.None);
}
