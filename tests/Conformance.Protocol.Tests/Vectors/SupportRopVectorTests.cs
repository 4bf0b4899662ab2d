namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// Byte examples of the supporting ROPs. Published examples cite their section; the others are built
/// by hand from the layout tables of [MS-OXCROPS] (no published example exists for them) and say so.
/// </summary>
public sealed class SupportRopVectorTests
{
    private static readonly PropertyTag PidTagRecipientType = new(0x0C15, PropertyType.PtypInteger32);
    private static readonly PropertyTag PidTagDisplayName = new(0x3001, PropertyType.PtypString);

    [Test]
    public void RopReleaseRequestHasThreeBytes() =>
        // [MS-OXCROPS] 2.2.15.3.1: RopId 0x01, LogonId, InputHandleIndex.
        Codec.AssertRequestVector("01 00 02", new RopReleaseRequest { LogonId = 0, InputHandleIndex = 2 });

    [Test]
    public void RopOpenFolderRequestLaysOutFolderIdAfterHandles() =>
        // [MS-OXCROPS] 2.2.4.1.1: RopId, LogonId, InputHandleIndex, OutputHandleIndex, FolderId (8), OpenModeFlags.
        Codec.AssertRequestVector(
            "02 00 00 01 01 00 00 00 00 78 27 1A 00",
            new RopOpenFolderRequest
            {
                InputHandleIndex = 0,
                OutputHandleIndex = 1,
                FolderId = new ObjectId(0x0001, 0x000000_78271A),
                OpenModeFlags = OpenFolderModeFlags.None,
            });

    [Test]
    public void RopOpenFolderFailureIsTheGenericFailureResponse() =>
        // [MS-OXCROPS] 2.2.4.1.2: on failure only RopId, OutputHandleIndex and ReturnValue (ecNotFound 0x8004010F).
        Codec.AssertResponseVector("02 01 0F 01 04 80", RopResponseContext.None, new RopFailureResponse(RopId.RopOpenFolder, 1, 0x8004010F));

    // ---- Published examples ----

    [Test]
    public void RopQueryRowsRequestOfMsOxctabl4531() =>
        // [MS-OXCTABL] 4.5.3.1: advance, read forward, at most 0x32 (50) rows from the table at handle index 0.
        Codec.AssertRequestVector(
            "0000: 15 00 00 00 01 32 00",
            new RopQueryRowsRequest { LogonId = 0, InputHandleIndex = 0, QueryRowsFlags = QueryRowsFlags.Advance, ForwardRead = true, RowCount = 50 });

    [Test]
    public void RopSetColumnsResponseOfMsOxorule422() =>
        // [MS-OXORULE] 4.2.2: success on handle index 1; the last byte (called CompletionStatus there) is TBLSTAT_COMPLETE.
        Codec.AssertResponseVector(
            "0000: 12 01 00 00 00 00 00",
            RopResponseContext.None,
            new RopSetColumnsResponse { InputHandleIndex = 1, ReturnValue = 0, TableStatus = TableStatus.Complete });

    [Test]
    public void RopSaveChangesMessageRequestOfMsOxcmsg481() =>
        // [MS-OXCMSG] 4.8.1. The text names SaveFlags 0x0A "KeepOpenReadWrite", but KeepOpenReadWrite is 0x02
        // ([MS-OXCMSG] 2.2.3.3.1); the byte is 0x0A, that is KeepOpenReadWrite with the undefined bit 0x08,
        // which the codec keeps as sent.
        Codec.AssertRequestVector(
            "0000: 0c 00 00 01 0a",
            new RopSaveChangesMessageRequest { LogonId = 0, ResponseHandleIndex = 0, InputHandleIndex = 1, SaveFlags = SaveFlags.KeepOpenReadWrite | (SaveFlags)0x08 });

    // ---- Built from the layout tables (no published byte example) ----

    [Test]
    public void RopCreateFolderRequestWithUnicodeNames() =>
        // Built from the layout of [MS-OXCROPS] 2.2.4.2.1, not a published example: a generic folder "F" with an empty comment.
        Codec.AssertRequestVector(
            "1C 00 01 02 01 01 00 00 46 00 00 00 00 00",
            new RopCreateFolderRequest
            {
                InputHandleIndex = 1,
                OutputHandleIndex = 2,
                FolderType = FolderType.Generic,
                UseUnicodeStrings = true,
                OpenExisting = false,
                DisplayName = "F",
                Comment = string.Empty,
            });

    [Test]
    public void RopCreateFolderRequestWith8BitNames() =>
        // Built from the layout of [MS-OXCROPS] 2.2.4.2.1, not a published example: a search folder, OpenExisting, 8-bit names.
        Codec.AssertRequestVector(
            "1C 00 00 01 02 00 01 00 41 42 00 63 00",
            new RopCreateFolderRequest
            {
                InputHandleIndex = 0,
                OutputHandleIndex = 1,
                FolderType = FolderType.Search,
                UseUnicodeStrings = false,
                OpenExisting = true,
                DisplayName = "AB",
                Comment = "c",
            });

    [Test]
    public void RopCreateFolderResponseForANewFolderStopsAfterIsExistingFolder() =>
        // Built from the layout of [MS-OXCROPS] 2.2.4.2.2, not a published example: HasRules and IsGhosted are absent.
        Codec.AssertResponseVector(
            "1C 02 00 00 00 00 01 00 00 00 00 00 00 2A 00",
            RopResponseContext.None,
            new RopCreateFolderResponse { OutputHandleIndex = 2, FolderId = new ObjectId(1, 0x2A), IsExistingFolder = false });

    [Test]
    public void RopCreateFolderResponseForAGhostedExistingFolderCarriesTheReplicaList() =>
        // Built from the layout of [MS-OXCROPS] 2.2.4.2.2, not a published example: one server "s", cheap.
        Codec.AssertResponseVector(
            "1C 02 00 00 00 00 01 00 00 00 00 00 00 2A 01 00 01 01 00 01 00 73 00",
            RopResponseContext.None,
            new RopCreateFolderResponse
            {
                OutputHandleIndex = 2,
                FolderId = new ObjectId(1, 0x2A),
                IsExistingFolder = true,
                HasRules = false,
                IsGhosted = true,
                GhostInfo = new RopOpenFolderGhostInfo(1, new[] { "s" }),
            });

    [Test]
    public void RopDeleteFolderRequestAndResponse()
    {
        // Built from the layout of [MS-OXCROPS] 2.2.4.3, not a published example.
        Codec.AssertRequestVector(
            "1D 00 01 15 01 00 00 00 00 00 00 2A",
            new RopDeleteFolderRequest
            {
                InputHandleIndex = 1,
                DeleteFolderFlags = DeleteFolderFlags.DeleteMessages | DeleteFolderFlags.DeleteFolders | DeleteFolderFlags.DeleteHardDelete,
                FolderId = new ObjectId(1, 0x2A),
            });

        // PartialCompletion follows a failing ReturnValue too (one response layout for this ROP).
        Codec.AssertResponseVector(
            "1D 01 0F 01 04 80 01",
            RopResponseContext.None,
            new RopDeleteFolderResponse { InputHandleIndex = 1, ReturnValue = 0x8004010F, PartialCompletion = true });
    }

    [Test]
    public void RopGetHierarchyAndContentsTable()
    {
        // Built from the layouts of [MS-OXCROPS] 2.2.4.13 and 2.2.4.14, not published examples.
        Codec.AssertRequestVector(
            "04 00 00 01 44",
            new RopGetHierarchyTableRequest { InputHandleIndex = 0, OutputHandleIndex = 1, TableFlags = HierarchyTableFlags.Depth | HierarchyTableFlags.UseUnicode });
        Codec.AssertResponseVector("04 01 00 00 00 00 07 00 00 00", RopResponseContext.None, new RopGetHierarchyTableResponse { OutputHandleIndex = 1, RowCount = 7 });
        Codec.AssertRequestVector(
            "05 00 00 01 02",
            new RopGetContentsTableRequest { InputHandleIndex = 0, OutputHandleIndex = 1, TableFlags = ContentsTableFlags.Associated });
        Codec.AssertResponseVector("05 01 00 00 00 00 00 01 00 00", RopResponseContext.None, new RopGetContentsTableResponse { OutputHandleIndex = 1, RowCount = 256 });
    }

    [Test]
    public void RopSetColumnsRequestListsTheTags() =>
        // Built from the layout of [MS-OXCROPS] 2.2.5.1.1, not a published example.
        Codec.AssertRequestVector(
            "12 00 01 00 02 00 03 00 15 0C 1F 00 01 30",
            new RopSetColumnsRequest { InputHandleIndex = 1, SetColumnsFlags = SetColumnsFlags.Synchronous, PropertyTags = new[] { PidTagRecipientType, PidTagDisplayName } });

    [Test]
    public void RopQueryRowsResponseRowsFollowTheTableColumns()
    {
        // Built from the layout of [MS-OXCROPS] 2.2.5.4.2, not a published example: two rows, one standard, one flagged
        // whose display name is not available.
        ValueArray<PropertyTag> columns = new[] { PidTagRecipientType, PidTagDisplayName };
        Codec.AssertResponseVector(
            "15 01 00 00 00 00 02 02 00" +
            " 00 01 00 00 00 41 00 00 00" +
            " 01 00 02 00 00 00 01",
            new RopResponseContext(null, columns),
            new RopQueryRowsResponse
            {
                InputHandleIndex = 1,
                Origin = Bookmark.End,
                Columns = columns,
                RowData = new[]
                {
                    PropertyRow.Standard(PropertyValue.Integer32(1), PropertyValue.String("A")),
                    PropertyRow.Flagged(
                        FlaggedPropertyValue.Available(PropertyValue.Integer32(2)),
                        FlaggedPropertyValue.NotAvailable(PropertyType.PtypString)),
                },
            });
    }

    [Test]
    public void RopCreateMessageRequestAndResponses()
    {
        // Built from the layout of [MS-OXCROPS] 2.2.6.2, not a published example: code page 0x0FFF (the logon's).
        Codec.AssertRequestVector(
            "06 00 00 01 FF 0F 01 00 00 00 00 00 00 2A 00",
            new RopCreateMessageRequest { InputHandleIndex = 0, OutputHandleIndex = 1, CodePageId = 0x0FFF, FolderId = new ObjectId(1, 0x2A), AssociatedFlag = false });
        Codec.AssertResponseVector("06 01 00 00 00 00 00", RopResponseContext.None, new RopCreateMessageResponse { OutputHandleIndex = 1 });
        Codec.AssertResponseVector(
            "06 01 00 00 00 00 01 01 00 00 00 00 00 00 2B",
            RopResponseContext.None,
            new RopCreateMessageResponse { OutputHandleIndex = 1, MessageId = new ObjectId(1, 0x2B) });
    }

    [Test]
    public void RopOpenMessageRequest() =>
        // Built from the layout of [MS-OXCROPS] 2.2.6.1.1, not a published example.
        Codec.AssertRequestVector(
            "03 00 00 01 FF 0F 01 00 00 00 00 00 00 2A 03 01 00 00 00 00 00 00 2B",
            new RopOpenMessageRequest
            {
                InputHandleIndex = 0,
                OutputHandleIndex = 1,
                CodePageId = 0x0FFF,
                FolderId = new ObjectId(1, 0x2A),
                OpenModeFlags = OpenMessageModeFlags.BestAccess,
                MessageId = new ObjectId(1, 0x2B),
            });

    [Test]
    public void RopOpenMessageResponseWithSmtpAndX500Recipients()
    {
        // Built from the layouts of [MS-OXCROPS] 2.2.6.1.2 and [MS-OXCDATA] 2.8.3, not a published example.
        // Row 1: RecipientFlags 0x065B = Type SMTP with E, D, S, I and U: Unicode email, display and simple display
        // names, then one of the two recipient columns. Row 2: 0x0051 = Type X500DN with D and S: AddressPrefixUsed,
        // DisplayType, the X500DN and an 8-bit display name, then no columns.
        ValueArray<PropertyTag> columns = new[] { PidTagRecipientType, PidTagDisplayName };
        Codec.AssertResponseVector(
            "03 01 00 00 00 00 01" +
            " 01" + // SubjectPrefix: empty
            " 02 48 69 00" + // NormalizedSubject: 8-bit "Hi"
            " 02 00 02 00 03 00 15 0C 1F 00 01 30" + // RecipientCount, ColumnCount, RecipientColumns
            " 02" + // RowCount
            " 01 E4 04 00 00 19 00 5B 06 61 00 40 00 62 00 00 00 41 00 00 00 61 00 00 00 01 00 00 01 00 00 00" +
            " 02 E4 04 00 00 0F 00 51 00 05 00 2F 6F 3D 78 00 42 6F 00 00 00 00",
            RopResponseContext.None,
            new RopOpenMessageResponse
            {
                OutputHandleIndex = 1,
                HasNamedProperties = true,
                SubjectPrefix = TypedString.Empty,
                NormalizedSubject = TypedString.Character("Hi"),
                RecipientCount = 2,
                RecipientColumns = columns,
                RecipientRows = new[]
                {
                    new OpenRecipientRow
                    {
                        RecipientType = 1,
                        CodePageId = 1252,
                        RecipientRow = new RecipientRow
                        {
                            RecipientFlags = (RecipientFlags)RecipientRowType.Smtp | RecipientFlags.E | RecipientFlags.D | RecipientFlags.S | RecipientFlags.I | RecipientFlags.U,
                            EmailAddress = "a@b",
                            DisplayName = "A",
                            SimpleDisplayName = "a",
                            RecipientProperties = PropertyRow.Standard(PropertyValue.Integer32(1)),
                        },
                    },
                    new OpenRecipientRow
                    {
                        RecipientType = 2,
                        CodePageId = 1252,
                        RecipientRow = new RecipientRow
                        {
                            RecipientFlags = (RecipientFlags)RecipientRowType.X500DN | RecipientFlags.D | RecipientFlags.S,
                            AddressPrefixUsed = 5,
                            DisplayType = 0,
                            X500DN = "/o=x",
                            DisplayName = "Bo",
                            RecipientProperties = PropertyRow.Standard(),
                        },
                    },
                },
            });
    }

    [Test]
    public void RopSaveChangesMessageResponseEchoesBothHandles() =>
        // Built from the layout of [MS-OXCROPS] 2.2.6.3.2, not a published example: ResponseHandleIndex heads the response.
        Codec.AssertResponseVector(
            "0C 00 00 00 00 00 01 01 00 00 00 00 00 00 2B",
            RopResponseContext.None,
            new RopSaveChangesMessageResponse { ResponseHandleIndex = 0, InputHandleIndex = 1, MessageId = new ObjectId(1, 0x2B) });

    [Test]
    public void RopDeleteMessagesRequestAndResponse()
    {
        // Built from the layout of [MS-OXCROPS] 2.2.4.11, not a published example: two message IDs.
        Codec.AssertRequestVector(
            "1E 00 01 00 01 02 00 01 00 00 00 00 00 00 2B 01 00 00 00 00 00 00 2C",
            new RopDeleteMessagesRequest { InputHandleIndex = 1, WantAsynchronous = false, NotifyNonRead = true, MessageIds = new[] { new ObjectId(1, 0x2B), new ObjectId(1, 0x2C) } });
        Codec.AssertResponseVector("1E 01 00 00 00 00 00", RopResponseContext.None, new RopDeleteMessagesResponse { InputHandleIndex = 1 });
    }

    [Test]
    public void AttachmentRops()
    {
        // Built from the layouts of [MS-OXCROPS] 2.2.6.12, 2.2.6.13 and 2.2.6.15, not published examples.
        Codec.AssertRequestVector("23 00 01 02", new RopCreateAttachmentRequest { InputHandleIndex = 1, OutputHandleIndex = 2 });
        Codec.AssertResponseVector("23 02 00 00 00 00 03 00 00 00", RopResponseContext.None, new RopCreateAttachmentResponse { OutputHandleIndex = 2, AttachmentID = 3 });
        Codec.AssertRequestVector(
            "22 00 01 02 01 03 00 00 00",
            new RopOpenAttachmentRequest { InputHandleIndex = 1, OutputHandleIndex = 2, OpenAttachmentFlags = OpenAttachmentFlags.ReadWrite, AttachmentID = 3 });
        Codec.AssertResponseVector("22 02 00 00 00 00", RopResponseContext.None, new RopOpenAttachmentResponse { OutputHandleIndex = 2 });
        Codec.AssertRequestVector(
            "25 00 01 02 02",
            new RopSaveChangesAttachmentRequest { ResponseHandleIndex = 1, InputHandleIndex = 2, SaveFlags = SaveFlags.KeepOpenReadWrite });
        Codec.AssertResponseVector("25 01 00 00 00 00", RopResponseContext.None, new RopSaveChangesAttachmentResponse { ResponseHandleIndex = 1 });
    }

    [Test]
    public void RopSubmitMessageRequestAndFailure()
    {
        // Built from the layout of [MS-OXCROPS] 2.2.7.1, not a published example; the failure is ecNotFound.
        Codec.AssertRequestVector("32 00 01 00", new RopSubmitMessageRequest { InputHandleIndex = 1, SubmitFlags = SubmitFlags.None });
        Codec.AssertResponseVector("32 01 00 00 00 00", RopResponseContext.None, new RopSubmitMessageResponse { InputHandleIndex = 1 });
        Codec.AssertResponseVector("32 01 0F 01 04 80", RopResponseContext.None, new RopFailureResponse(RopId.RopSubmitMessage, 1, 0x8004010F));
    }

    [Test]
    public void RopBufferTooSmallKeepsTheUnprocessedRequests() =>
        // Built from the layout of [MS-OXCROPS] 2.2.15.1.1, not a published example: 0x0100 bytes needed, and the
        // RopQueryRows request of [MS-OXCTABL] 4.5.3.1 handed back unprocessed.
        Codec.AssertResponseVector(
            "FF 00 01 15 00 00 00 01 32 00",
            RopResponseContext.None,
            new RopBufferTooSmallResponse { SizeNeeded = 0x0100, RequestBuffers = new byte[] { 0x15, 0x00, 0x00, 0x00, 0x01, 0x32, 0x00 } });

    [Test]
    public void RopBackoffListsTheRopsToHoldBack() =>
        // Built from the layout of [MS-OXCROPS] 2.2.15.2.1, not a published example: logon 0 backs off 1000 ms,
        // RopQueryRows 500 ms, with two bytes of additional data.
        Codec.AssertResponseVector(
            "F9 00 E8 03 00 00 01 15 F4 01 00 00 02 00 AA BB",
            RopResponseContext.None,
            new RopBackoffResponse
            {
                LogonId = 0,
                Duration = 1000,
                BackoffRopData = new[] { new BackoffRop(RopId.RopQueryRows, 500) },
                AdditionalData = new byte[] { 0xAA, 0xBB },
            });

    [Test]
    public void RopPendingNamesTheSession() =>
        // Built from the layout of [MS-OXCROPS] 2.2.14.3.1, not a published example.
        Codec.AssertResponseVector("6E 03 00", RopResponseContext.None, new RopPendingResponse { SessionIndex = 3 });
}
