namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// The byte examples of [MS-OXCSTOR] section 4. They show only the fields after the ROP header, so each
/// test prepends one: "RopId LogonId InputHandleIndex" (for RopLogon, OutputHandleIndex) with LogonId and
/// the handle index 0 for requests, and "RopId HandleIndex ReturnValue" with both 0 for responses.
/// </summary>
public sealed class StoreRopVectorTests
{
    private const string RequestHeaderLogon = "FE 00 00";

    private const string ResponseHeaderLogon = "FE 00 00 00 00 00";

    /// <summary>The REPLGUID of the public folders database in 4.2 and the LongTermIDs of 4.6, 4.8 and 4.9.</summary>
    private static readonly Guid PublicReplGuid = new(Hex.Parse("70 5B CA BF 1E F9 98 41 89 7D 47 9E 09 45 FD 2F"));

    /// <summary>The REPLGUID of the private mailbox in 4.1, which 4.7 also sends as DatabaseGuid.</summary>
    private static readonly Guid MailboxReplGuid = new(Hex.Parse("4D 77 D4 64 83 49 70 4F 9B 8B 46 E6 35 BB 78 AB"));

    /// <summary>The LongTermID of the public folder in 4.6, 4.8 and 4.9: GLOBCNT 0x12, Pad 0.</summary>
    private static readonly LongTermId PublicFolder = new(PublicReplGuid, 0x12);

    /// <summary>The CNSET block of 4.8 and 4.9 (an IDSET: REPLGUID then GLOBSET commands), kept raw.</summary>
    private static readonly byte[] PerUserData = Hex.Parse("D8 44 AE 73 F9 61 5D 4F B3 C6 9A 7C 31 FE C1 23 06 00 00 00 78 2B 33 00");

    private static ObjectId MailboxFolder(ulong counter) => new(0x0001, counter);

    [Test]
    public void Section41RopLogonRequestForAPrivateMailbox() =>
        Codec.AssertRequestVector(
            RequestHeaderLogon + """

            0000: 01 0c 04 00 01 00 00 00-00 68 00 2f 6f 3d 46 69
            0010: 72 73 74 20 4f 72 67 61-6e 69 7a 61 74 69 6f 6e
            0020: 2f 6f 75 3d 45 78 63 68-61 6e 67 65 20 41 64 6d
            0030: 69 6e 69 73 74 72 61 74-69 76 65 20 47 72 6f 75
            0040: 70 20 28 46 59 44 49 42-4f 48 46 32 33 53 50 44
            0050: 4c 54 29 2f 63 6e 3d 52-65 63 69 70 69 65 6e 74
            0060: 73 2f 63 6e 3d 41 64 6d-69 6e 69 73 74 72 61 74
            0070: 6f 72 00
            """,
            new RopLogonRequest
            {
                OutputHandleIndex = 0,
                LogonFlags = LogonFlags.Private,
                OpenFlags = OpenFlags.HomeLogon | OpenFlags.TakeOwnership | OpenFlags.NoMail | OpenFlags.UsePerMdbReplidMapping,
                StoreState = StoreState.None,

                // EssdnSize 0x68 = 104: these 103 characters and the terminator.
                Essdn = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=Administrator",
            });

    private const string Section41Response = """
        0000: 01 01 00 00 00 00 78 27-1A 01 00 00 00 00 78 27
        0010: 1C 01 00 00 00 00 78 27-1D 01 00 00 00 00 78 27
        0020: 1B 01 00 00 00 00 78 27-1E 01 00 00 00 00 78 27
        0030: 1F 01 00 00 00 00 78 27-20 01 00 00 00 00 78 27
        0040: 21 01 00 00 00 00 78 27-24 01 00 00 00 00 78 27
        0050: 25 01 00 00 00 00 78 27-22 01 00 00 00 00 78 27
        0060: 23 01 00 00 00 00 78 27-26 07 F7 F8 91 A5 1C 34
        0070: 16 41 8C 48 9D B0 1A 86-F5 0B 01 00 4D 77 D4 64
        0080: 83 49 70 4F 9B 8B 46 E6-35 BB 78 AB 0D 10 0F 01
        0090: 0A 03 D8 07 60 53 1A C2-BE 82 C8 01 00 00 00 01
        """;

    [Test]
    public void Section41RopLogonSuccessResponseForAPrivateMailbox() =>
        Codec.AssertResponseVector(
            ResponseHeaderLogon + "\n" + Section41Response,
            RopResponseContext.None,
            new RopLogonPrivateMailboxResponse
            {
                OutputHandleIndex = 0,
                ReturnValue = 0,
                LogonFlags = LogonFlags.Private,
                FolderIds = new PrivateMailboxFolderIds(
                    MailboxRoot: MailboxFolder(0x78271A),
                    DeferredAction: MailboxFolder(0x78271C),
                    SpoolerQueue: MailboxFolder(0x78271D),
                    InterpersonalMessagesSubtree: MailboxFolder(0x78271B),
                    Inbox: MailboxFolder(0x78271E),
                    Outbox: MailboxFolder(0x78271F),
                    SentItems: MailboxFolder(0x782720),
                    DeletedItems: MailboxFolder(0x782721),
                    CommonViews: MailboxFolder(0x782724),
                    Schedule: MailboxFolder(0x782725),
                    Search: MailboxFolder(0x782722),
                    Views: MailboxFolder(0x782723),
                    Shortcuts: MailboxFolder(0x782726)),
                ResponseFlags = ResponseFlags.Reserved | ResponseFlags.OwnerRight | ResponseFlags.SendAsRight,
                MailboxGuid = new Guid(Hex.Parse("F7 F8 91 A5 1C 34 16 41 8C 48 9D B0 1A 86 F5 0B")),
                ReplId = 0x0001,
                ReplGuid = MailboxReplGuid,

                // The example's text says 15:10:13, but its bytes 0D 10 0F are 13 s, 16 min, 15 h: the bytes are asserted.
                LogonTime = new LogonTime(Seconds: 13, Minutes: 16, Hour: 15, DayOfWeek.Monday, Day: 10, Month: 3, Year: 2008),
                GwartTime = 0x01C882BEC21A5360,

                // The server is told to send 0 here ([MS-OXCSTOR] 2.2.1.1.3); the example sends STORE_HAS_SEARCHES.
                StoreState = StoreState.StoreHasSearches,
            });

    [Test]
    public void Section41TimesMeanWhatTheExampleSays()
    {
        var response = (RopLogonPrivateMailboxResponse)Codec.DecodeResponse(Hex.Parse(ResponseHeaderLogon + "\n" + Section41Response), RopResponseContext.None);
        Assert.Multiple(() =>
        {
            // 2008-03-10 was a Monday, as DayOfWeek 1 says; the minutes are 16, not the text's 10.
            Assert.That(response.LogonTime.ToDateTime(), Is.EqualTo(new DateTime(2008, 3, 10, 15, 16, 13, DateTimeKind.Utc)));
            Assert.That(new DateTime(2008, 3, 10, 0, 0, 0, DateTimeKind.Utc).DayOfWeek, Is.EqualTo(response.LogonTime.DayOfWeek));

            // GwartTime is a FILETIME: 2008/03/10 14:55:19 as the text says.
            DateTime gwart = DateTime.FromFileTimeUtc((long)response.GwartTime);
            Assert.That(gwart.AddTicks(-(gwart.Ticks % TimeSpan.TicksPerSecond)), Is.EqualTo(new DateTime(2008, 3, 10, 14, 55, 19, DateTimeKind.Utc)));
        });
    }

    [Test]
    public void Section42RopLogonRequestForPublicFolders() =>
        // The example leaves out OpenFlags PUBLIC (0x02), which [MS-OXCSTOR] 2.2.1.1.1 requires for a public logon;
        // the codec keeps flags as sent, so the vector decodes and the omission is a conformance matter.
        Codec.AssertRequestVector(
            RequestHeaderLogon + " 00 04 04 00 01 00 00 00-00 00 00",
            new RopLogonRequest
            {
                LogonFlags = LogonFlags.None,
                OpenFlags = OpenFlags.HomeLogon | OpenFlags.NoMail | OpenFlags.UsePerMdbReplidMapping,
                StoreState = StoreState.None,
                Essdn = null,
            });

    /// <summary>
    /// The 4.2 response as printed: lines 0000-0060 hold 17 bytes each (nine before the dash), 146 bytes in
    /// all, while the layout ([MS-OXCROPS] 2.2.3.1.3) and the example's own field offsets (PerUserGuid ends
    /// at 008A) give 139.
    /// </summary>
    private const string Section42ResponseAsPrinted = """
        0000: 00 01 00 00 00 00 00 00 00-06 01 00 00 00 00 00 00
        0010: 01 01 00 00 00 00 00 00 00-02 01 00 00 00 00 00 00
        0020: 03 01 00 00 00 00 00 00 00-04 01 00 00 00 00 00 00
        0030: 05 00 00 00 00 00 00 00 00-00 03 00 00 00 00 00 00
        0040: 07 03 00 00 00 00 00 00 00-08 00 00 00 00 00 00 00
        0050: 00 00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00
        0060: 00 00 00 00 00 00 00 00 00-00 01 00 70 5B CA BF 1E
        0070: F9 98 41 89 7D 47 9E 09-45 FD 2F 95 DA FE 74 E0
        0080: F7 4C 4C 81 EF 83 BA 85-0B E8 E4
        """;

    [Test]
    public void Section42RopLogonResponseAsPrintedHasSevenBytesTooMany()
    {
        byte[] bytes = Hex.Parse(ResponseHeaderLogon + "\n" + Section42ResponseAsPrinted);
        Assert.That(bytes, Has.Length.EqualTo(6 + 146));
        ProtocolException error = Assert.Throws<ProtocolException>(() => Codec.DecodeResponse(bytes, RopResponseContext.None))!;
        Assert.Multiple(() =>
        {
            // The public folders layout ends after 6 + 139 bytes; the seven extra bytes are left over.
            Assert.That(error.Kind, Is.EqualTo(ProtocolErrorKind.TrailingBytes));
            Assert.That(error.Field, Is.EqualTo("RopResponse"));
            Assert.That(error.Offset, Is.EqualTo(6 + 139));
        });
    }

    [Test]
    public void Section42RopLogonSuccessResponseForPublicFoldersWithOneZeroDroppedPerLine() =>
        // Each of the first seven printed lines has one zero too many in the run before the dash; any zero of
        // that run gives the same bytes. With it dropped, every offset the example gives holds: ReplId at 0069,
        // ReplGuid at 006B (the REPLGUID of the 4.6 LongTermID), PerUserGuid at 007B, FIDs 11-13 zero from 0051.
        Codec.AssertResponseVector(
            ResponseHeaderLogon + """

            0000: 00 01 00 00 00 00 00 00-06 01 00 00 00 00 00 00
            0010: 01 01 00 00 00 00 00 00-02 01 00 00 00 00 00 00
            0020: 03 01 00 00 00 00 00 00-04 01 00 00 00 00 00 00
            0030: 05 00 00 00 00 00 00 00-00 03 00 00 00 00 00 00
            0040: 07 03 00 00 00 00 00 00-08 00 00 00 00 00 00 00
            0050: 00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00
            0060: 00 00 00 00 00 00 00 00-00 01 00 70 5B CA BF 1E
            0070: F9 98 41 89 7D 47 9E 09-45 FD 2F 95 DA FE 74 E0
            0080: F7 4C 4C 81 EF 83 BA 85-0B E8 E4
            """,
            RopResponseContext.None,
            new RopLogonPublicFoldersResponse
            {
                LogonFlags = LogonFlags.None,
                FolderIds = new PublicFoldersFolderIds(
                    PublicFoldersRoot: new ObjectId(1, 6),
                    InterpersonalMessagesSubtree: new ObjectId(1, 1),
                    NonInterpersonalMessagesSubtree: new ObjectId(1, 2),
                    EFormsRegistry: new ObjectId(1, 3),
                    FreeBusyData: new ObjectId(1, 4),
                    OfflineAddressBookData: new ObjectId(1, 5),
                    LocaleEFormsRegistry: default,
                    LocalSiteFreeBusyData: new ObjectId(3, 7),
                    LocalSiteOfflineAddressBookData: new ObjectId(3, 8),
                    NntpArticleIndex: default,
                    Empty1: default,
                    Empty2: default,
                    Empty3: default),
                ReplId = 0x0001,
                ReplGuid = PublicReplGuid,

                // The server is told to send the empty GUID here ([MS-OXCSTOR] 2.2.1.1.4); the example does not.
                PerUserGuid = new Guid(Hex.Parse("95 DA FE 74 E0 F7 4C 4C 81 EF 83 BA 85 0B E8 E4")),
            });

    [Test]
    public void Section43RopGetReceiveFolderRequestWithAnEmptyMessageClass() =>
        Codec.AssertRequestVector("27 00 00 0000: 00", new RopGetReceiveFolderRequest { MessageClass = string.Empty });

    [Test]
    public void Section43RopGetReceiveFolderResponse() =>
        // The Inbox of 4.1 with the empty (default) message class.
        Codec.AssertResponseVector(
            "27 00 00 00 00 00 0000: 01 00 00 00 00 78 27 1E-00",
            RopResponseContext.None,
            new RopGetReceiveFolderResponse { FolderId = MailboxFolder(0x78271E), ExplicitMessageClass = string.Empty });

    [Test]
    public void Section44RopSetReceiveFolderRequest() =>
        Codec.AssertRequestVector(
            """
            26 00 00
            0000: 01 00 00 00 00 78 27 1A-49 50 4D 2E 53 6F 6D 65
            0010: 4D 65 73 73 61 67 65 43-6C 61 73 73 00
            """,
            new RopSetReceiveFolderRequest { FolderId = MailboxFolder(0x78271A), MessageClass = "IPM.SomeMessageClass" });

    [Test]
    public void Section44RopSetReceiveFolderResponseIsTheHeaderAlone() =>
        // 4.4 prints "No response": the response ([MS-OXCROPS] 2.2.3.3.2) has no field after ReturnValue.
        Codec.AssertResponseVector("26 00 00 00 00 00", RopResponseContext.None, new RopSetReceiveFolderResponse());

    [Test]
    public void Section45RopGetReceiveFolderTableRequestHasNoFields() =>
        Codec.AssertRequestVector("68 00 00", new RopGetReceiveFolderTableRequest());

    [Test]
    public void Section45RopGetReceiveFolderTableResponse() =>
        // Four standard rows (Flag 0x00 at 0004, 0016, 002B, 0040) of PidTagFolderId, PidTagMessageClass (PtypString8)
        // and PidTagLastModificationTime, as [MS-OXCSTOR] 2.2.1.4.2 fixes: 92 bytes in all, as printed.
        Codec.AssertResponseVector(
            """
            68 00 00 00 00 00
            0000: 04 00 00 00 00 01 00 00-00 00 78 27 1E 00 5E FF
            0010: 54 5F C0 82 C8 01 00 01-00 00 00 00 78 27 1A 49
            0020: 50 43 00 32 EF 56 5F C0-82 C8 01 00 01 00 00 00
            0030: 00 78 27 1E 49 50 4D 00-32 EF 56 5F C0 82 C8 01
            0040: 00 01 00 00 00 00 78 27-1E 52 45 50 4F 52 54 2E
            0050: 49 50 4D 00 32 EF 56 5F-C0 82 C8 01
            """,
            RopResponseContext.None,
            new RopGetReceiveFolderTableResponse
            {
                Rows = new[]
                {
                    RopGetReceiveFolderTableResponse.Row(MailboxFolder(0x78271E), string.Empty, 0x01C882C05F54FF5E),
                    RopGetReceiveFolderTableResponse.Row(MailboxFolder(0x78271A), "IPC", 0x01C882C05F56EF32),
                    RopGetReceiveFolderTableResponse.Row(MailboxFolder(0x78271E), "IPM", 0x01C882C05F56EF32),
                    RopGetReceiveFolderTableResponse.Row(MailboxFolder(0x78271E), "REPORT.IPM", 0x01C882C05F56EF32),
                },
            });

    [Test]
    public void Section45FolderIdCellsAreTheWireBytesOfTheFid()
    {
        long cell = RopGetReceiveFolderTableResponse.FolderIdAsInteger64(MailboxFolder(0x78271E));
        Assert.Multiple(() =>
        {
            Assert.That(cell, Is.EqualTo(0x1E27780000000001L));
            Assert.That(RopGetReceiveFolderTableResponse.FolderIdFromInteger64(cell), Is.EqualTo(MailboxFolder(0x78271E)));
        });
    }

    [Test]
    public void Section46RopIdFromLongTermIdRequest() =>
        Codec.AssertRequestVector(
            """
            44 00 00
            0000: 70 5B CA BF 1E F9 98 41-89 7D 47 9E 09 45 FD 2F
            0010: 00 00 00 00 00 12 00 00
            """,
            new RopIdFromLongTermIdRequest { LongTermId = PublicFolder });

    [Test]
    public void Section46RopIdFromLongTermIdResponse() =>
        // REPLID 5 is the logon's short form of the LongTermID's REPLGUID; the GLOBCNT carries over.
        Codec.AssertResponseVector(
            "44 00 00 00 00 00 0000: 05 00 00 00 00 00 00 12",
            RopResponseContext.None,
            new RopIdFromLongTermIdResponse { ObjectId = new ObjectId(5, 0x12) });

    [Test]
    public void Section47RopGetPerUserLongTermIdsRequest() =>
        Codec.AssertRequestVector(
            "60 00 00 0000: 4D 77 D4 64 83 49 70 4F-9B 8B 46 E6 35 BB 78 AB",
            new RopGetPerUserLongTermIdsRequest { DatabaseGuid = MailboxReplGuid });

    [Test]
    public void Section47RopGetPerUserLongTermIdsResponseWithNoIds() =>
        Codec.AssertResponseVector("60 00 00 00 00 00 0000: 00 00", RopResponseContext.None, new RopGetPerUserLongTermIdsResponse());

    [Test]
    public void Section48RopReadPerUserInformationRequest() =>
        // 31 bytes, as the layout of [MS-OXCROPS] 2.2.3.12.1 has them: LongTermID (24), Reserved (1),
        // DataOffset (4), MaxDataSize (2). The Reserved byte the example shows is part of that layout.
        Codec.AssertRequestVector(
            """
            63 00 00
            0000: 70 5B CA BF 1E F9 98 41-89 7D 47 9E 09 45 FD 2F
            0010: 00 00 00 00 00 12 00 00-00 00 00 00 00 00 00
            """,
            new RopReadPerUserInformationRequest { FolderId = PublicFolder, Reserved = 0, DataOffset = 0, MaxDataSize = 0 });

    [Test]
    public void Section48RopReadPerUserInformationResponse() =>
        Codec.AssertResponseVector(
            """
            63 00 00 00 00 00
            0000: 01 18 00 D8 44 AE 73 F9-61 5D 4F B3 C6 9A 7C 31
            0010: FE C1 23 06 00 00 00 78-2B 33 00
            """,
            RopResponseContext.None,
            new RopReadPerUserInformationResponse { HasFinished = true, Data = PerUserData });

    private const string Section49Request = """
        64 00 00
        0000: 70 5B CA BF 1E F9 98 41-89 7D 47 9E 09 45 FD 2F
        0010: 00 00 00 00 00 12 00 00-01 00 00 00 00 18 00 D8
        0020: 44 AE 73 F9 61 5D 4F B3-C6 9A 7C 31 FE C1 23 06
        0030: 00 00 00 78 2B 33 00 D8-44 AE 73 F9 61 5D 4F B3
        0040: C6 9A 7C 31 FE C1 23
        """;

    [Test]
    public void Section49RopWritePerUserInformationRequestFromAPrivateMailboxLogon() =>
        // DataOffset 0 on a private mailbox logon: ReplGuid follows Data. The registry decodes this way.
        Codec.AssertRequestVector(
            Section49Request,
            new RopWritePerUserInformationRequest
            {
                FolderId = PublicFolder,
                HasFinished = true,
                DataOffset = 0,
                Data = PerUserData,
                ReplGuid = new Guid(PerUserData.AsSpan(0, 16)),
            });

    [Test]
    public void Section49RequestReadAsFromAPublicFoldersLogonLeavesReplGuidUnread()
    {
        // A public folders logon never sends ReplGuid, so told that, the decoder stops after Data and the
        // caller sees the 16 bytes as the start of whatever follows.
        byte[] bytes = Hex.Parse(Section49Request);
        var reader = new ProtocolReader(bytes.AsSpan(2), baseOffset: 2);
        RopWritePerUserInformationRequest request = RopWritePerUserInformationRequest.DecodeBody(ref reader, logonId: 0, LogonFlags.None);
        int remaining = reader.Remaining;
        Assert.Multiple(() =>
        {
            Assert.That(request.ReplGuid, Is.Null);
            Assert.That(request.Data, Is.EqualTo(new ValueArray<byte>(PerUserData)));
            Assert.That(remaining, Is.EqualTo(16));
        });
    }

    [Test]
    public void Section49RopWritePerUserInformationResponseIsTheHeaderAlone() =>
        // 4.9 prints "No response": the response ([MS-OXCROPS] 2.2.3.13.2) has no field after ReturnValue.
        Codec.AssertResponseVector("64 00 00 00 00 00", RopResponseContext.None, new RopWritePerUserInformationResponse());

    [Test]
    public void RopLogonRedirectResponseLayout() =>
        // Not a specification example: the layout of [MS-OXCROPS] 2.2.3.1.4 filled in by hand. ReturnValue
        // ecWrongServer, LogonFlags Private, ServerNameSize 5 counting the terminator, ServerName "/o=X".
        Codec.AssertResponseVector(
            "FE 01 78 04 00 00 01 05 2F 6F 3D 58 00",
            RopResponseContext.None,
            new RopLogonRedirectResponse { OutputHandleIndex = 1, LogonFlags = LogonFlags.Private, ServerName = "/o=X" });

    [Test]
    public void RopLogonOtherFailureIsTheGenericFailureResponse() =>
        // [MS-OXCROPS] 2.2.3.1.5: ecUnknownUser (0x000003EB) carries nothing after ReturnValue.
        Codec.AssertResponseVector("FE 00 EB 03 00 00", RopResponseContext.None, new RopFailureResponse(RopId.RopLogon, 0, 0x000003EB));
}
