namespace Conformance.Store.Tests.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopGetReceiveFolder, RopSetReceiveFolder, RopGetReceiveFolderTable ([MS-OXCSTOR] 3.2.3, 3.2.5.2-3.2.5.4).</summary>
public sealed class ReceiveFolderTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static object Cell(PropertyRow row, int column) => row.ValueArray[column].Value!.BoxedValue;

    private static RopGetReceiveFolderRequest Get(string messageClass) => new() { InputHandleIndex = 0, MessageClass = messageClass };

    private static RopSetReceiveFolderRequest Set(string messageClass, ObjectId folderId) => new() { InputHandleIndex = 0, FolderId = folderId, MessageClass = messageClass };

    private static async Task<(StoreClient Client, RopLogonPrivateMailboxResponse Logon)> LogonAsync(StoreHarness harness)
    {
        StoreClient client = await StoreClient.ConnectAsync(harness);
        return (client, await client.LogonPrivateAsync());
    }

    private static async Task<ObjectId> CreateFolderAsync(StoreClient client, ObjectId parent, string name)
    {
        await client.ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = parent });
        var created = await client.ExpectAsync<RopCreateFolderResponse>(new RopCreateFolderRequest
        {
            InputHandleIndex = 1, OutputHandleIndex = 2, FolderType = FolderType.Generic, DisplayName = name, Comment = string.Empty,
        });
        return created.FolderId;
    }

    [Test]
    public async Task EmptyClassResolvesToTheInboxAsInExample_4_3()
    {
        // [MS-OXCSTOR] 4.3 and 3.2.3: "" is configured to the Inbox, and ExplicitMessageClass is "".
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        var response = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get(string.Empty));
        Assert.That((response.FolderId, response.ExplicitMessageClass), Is.EqualTo((logon.FolderIds.Inbox, string.Empty)));
    }

    [TestCase("IPM.Note", "IPM")]
    [TestCase("ipm.my.class", "IPM")]
    [TestCase("Report.IPM.Note.NDR", "REPORT.IPM")]
    [TestCase("MY.Class", "")]
    [TestCase("IPMX", "")]
    public async Task ClassResolvesByLongestConfiguredPrefix(string messageClass, string expectedExplicit)
    {
        // [MS-OXCSTOR] 3.2.5.2: longest case-insensitive prefix among the rows of 3.2.3; classes are kept upper-case
        // (StoreOptions.ReceiveFolderClassCase, as example 4.5 shows); "IPMX" is not a subclass of "IPM".
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        var response = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get(messageClass));
        Assert.That((response.FolderId, response.ExplicitMessageClass), Is.EqualTo((logon.FolderIds.Inbox, expectedExplicit)));
    }

    [Test]
    public async Task IpcResolvesToTheRootFolder()
    {
        // [MS-OXCSTOR] 3.2.3: "IPC" -> the mailbox root.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        var response = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("IPC.Microsoft.Something"));
        Assert.That((response.FolderId, response.ExplicitMessageClass), Is.EqualTo((logon.FolderIds.MailboxRoot, "IPC")));
    }

    [Test]
    public async Task AnyStringPrefixMatchesWhenWholeComponentMatchingIsOff()
    {
        // [MS-OXCSTOR] 3.2.5.2 read literally: "IPMX" starts with "IPM".
        await using var harness = new StoreHarness(new StoreOptions { ReceiveFolderMatchesWholeComponents = false });
        (StoreClient client, _) = await LogonAsync(harness);
        var response = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("IPMX"));
        Assert.That(response.ExplicitMessageClass, Is.EqualTo("IPM"));
    }

    [Test]
    public async Task SetThenGetReturnsTheConfiguredFolderForTheClassAndItsSubclasses()
    {
        // [MS-OXCSTOR] 3.2.5.3 and the third example of 3.2.5.2: "MY.Class" registered, "MY.Class.SOMETHING" resolves to it.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        ObjectId folder = await CreateFolderAsync(client, logon.FolderIds.InterpersonalMessagesSubtree, "Receive");
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set("MY.Class", folder));

        var sub = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("my.class.SOMETHING"));
        var exact = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("MY.Class"));
        Assert.Multiple(() =>
        {
            Assert.That((sub.FolderId, sub.ExplicitMessageClass), Is.EqualTo((folder, "MY.CLASS")));
            Assert.That(exact.FolderId, Is.EqualTo(folder));
        });
    }

    [Test]
    public async Task SetKeepsTheClassAsSentWhenConfiguredSo()
    {
        // [MS-OXCSTOR] 3.2.5.3: the server can case-fold or keep the class; the option keeps it.
        await using var harness = new StoreHarness(new StoreOptions { ReceiveFolderClassCase = ReceiveFolderClassCase.AsStored });
        (StoreClient client, var logon) = await LogonAsync(harness);
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set("My.Class", logon.FolderIds.Inbox));
        var response = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("MY.CLASS.x"));
        Assert.That(response.ExplicitMessageClass, Is.EqualTo("My.Class"));
    }

    [Test]
    public async Task SetWithAnExistingClassReplacesItsFolderCaseInsensitively()
    {
        // [MS-OXCSTOR] 3.2.5.3: an exact case-insensitive match replaces the Folder ID of that row.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        ObjectId folder = await CreateFolderAsync(client, logon.FolderIds.InterpersonalMessagesSubtree, "Receive");
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set("Custom.Class", logon.FolderIds.Inbox));
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set("CUSTOM.class", folder));
        var table = await client.ExpectAsync<RopGetReceiveFolderTableResponse>(new RopGetReceiveFolderTableRequest { InputHandleIndex = 0 });
        Assert.That(table.Rows.Count(row => ((string)Cell(row, 1)).Equals("CUSTOM.CLASS", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1));
        Assert.That((await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("Custom.Class"))).FolderId, Is.EqualTo(folder));
    }

    [Test]
    public async Task SetWithFolderIdZeroRemovesTheRow()
    {
        // [MS-OXCSTOR] 3.2.5.3: Folder ID 0 deletes the row of that class.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set("IPC", default));
        var response = await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("IPC"));
        Assert.That((response.FolderId, response.ExplicitMessageClass), Is.EqualTo((logon.FolderIds.Inbox, string.Empty)), "falls back to the \"\" row");
    }

    [Test]
    public async Task EmptyClassCanBeRedirectedToAnotherFolder()
    {
        // [MS-OXCSTOR] 3.2.5.3: only "" with Folder ID 0 is refused; "" with a folder replaces the default.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        ObjectId folder = await CreateFolderAsync(client, logon.FolderIds.InterpersonalMessagesSubtree, "Everything");
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set(string.Empty, folder));
        Assert.That((await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("MY.Class"))).FolderId, Is.EqualTo(folder));
    }

    [TestCase("IPM")]
    [TestCase("ipm")]
    [TestCase("Report.IPM")]
    [TestCase("REPORT.ipm")]
    public async Task IpmAndReportIpmCannotBeChanged(string messageClass)
    {
        // [MS-OXCSTOR] 3.2.5.3: a case-insensitive match of "IPM" or "Report.IPM" -> 0x80070005.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        Assert.That(await client.FailAsync(Set(messageClass, logon.FolderIds.SentItems)), Is.EqualTo(ErrorCodes.AccessDenied));
    }

    [Test]
    public async Task EmptyClassWithFolderIdZeroFailsWithEcError()
    {
        // [MS-OXCSTOR] 3.2.5.3: zero-length class and Folder ID 0 -> 0x80004005.
        await using var harness = new StoreHarness();
        (StoreClient client, _) = await LogonAsync(harness);
        Assert.That(await client.FailAsync(Set(string.Empty, default)), Is.EqualTo(ErrorCodes.GeneralFailure));
    }

    [Test]
    public async Task SetToAFolderOutsideTheMailboxFailsAndChangesNothing()
    {
        // [MS-OXCSTOR] 3.2.5.3: the Receive folder MUST be a folder of the user's mailbox.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        Assert.That(await client.FailAsync(Set("MY.Class", new ObjectId(1, 0x7FFF_FFFF))), Is.EqualTo(ErrorCodes.NotFound));
        Assert.That((await client.ExpectAsync<RopGetReceiveFolderResponse>(Get("MY.Class"))).ExplicitMessageClass, Is.Empty);
        _ = logon;
    }

    private static readonly string[] InvalidClasses =
    [
        ".IPM", "IPM.", "IPM..Note", "IPM\u001FNote", "IPM\u007FNote", new('A', 255),
    ];

    [TestCaseSource(nameof(InvalidClasses))]
    public async Task MalformedMessageClassesFailWithInvalidParameter(string messageClass)
    {
        // [MS-OXCSTOR] 2.2.1.2.1, 2.2.1.3.1, 3.2.5.2, 3.2.5.3: length, character range and period rules -> 0x80070057.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        Assert.Multiple(async () =>
        {
            Assert.That(await client.FailAsync(Get(messageClass)), Is.EqualTo(ErrorCodes.InvalidParameter), "get");
            Assert.That(await client.FailAsync(Set(messageClass, logon.FolderIds.Inbox)), Is.EqualTo(ErrorCodes.InvalidParameter), "set");
        });
    }

    [Test]
    public async Task LongestValidClassIsAccepted()
    {
        // 254 characters plus the terminator make 255, the limit of 2.2.1.2.1.
        await using var harness = new StoreHarness();
        (StoreClient client, var logon) = await LogonAsync(harness);
        string longest = "IPM." + new string('x', 250);
        Assert.That((await client.ExpectAsync<RopGetReceiveFolderResponse>(Get(longest))).ExplicitMessageClass, Is.EqualTo("IPM"));
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set(longest, logon.FolderIds.Inbox));
    }

    [Test]
    public async Task NewMailboxTableHoldsTheFourInitialRows()
    {
        // [MS-OXCSTOR] 3.2.3 and 4.5: "", "IPM", "Report.IPM" -> Inbox, "IPC" -> root; standard rows of
        // PidTagFolderId, PidTagMessageClass, PidTagLastModificationTime.
        var clock = new ManualTimeProvider(Start);
        await using var harness = new StoreHarness(time: clock);
        (StoreClient client, var logon) = await LogonAsync(harness);
        var table = await client.ExpectAsync<RopGetReceiveFolderTableResponse>(new RopGetReceiveFolderTableRequest { InputHandleIndex = 0 });
        ulong created = (ulong)Start.UtcDateTime.ToFileTimeUtc();
        var rows = table.Rows.Select(row => (
            Folder: RopGetReceiveFolderTableResponse.FolderIdFromInteger64((long)Cell(row, 0)),
            Class: (string)Cell(row, 1),
            Time: (ulong)Cell(row, 2),
            row.Flag)).OrderBy(row => row.Class, StringComparer.Ordinal).ToArray();
        Assert.That(rows, Is.EqualTo(new[]
        {
            (logon.FolderIds.Inbox, string.Empty, created, PropertyRowFlag.Standard),
            (logon.FolderIds.MailboxRoot, "IPC", created, PropertyRowFlag.Standard),
            (logon.FolderIds.Inbox, "IPM", created, PropertyRowFlag.Standard),
            (logon.FolderIds.Inbox, "REPORT.IPM", created, PropertyRowFlag.Standard),
        }));
    }

    [Test]
    public async Task TableShowsNewRowsWithTheirModificationTime()
    {
        // [MS-OXCSTOR] 3.2.5.3: the Last-modification Time column is the server's UTC time of the change.
        var clock = new ManualTimeProvider(Start);
        await using var harness = new StoreHarness(time: clock);
        (StoreClient client, var logon) = await LogonAsync(harness);
        clock.Advance(TimeSpan.FromHours(1));
        await client.ExpectAsync<RopSetReceiveFolderResponse>(Set("MY.Class", logon.FolderIds.SentItems));
        var table = await client.ExpectAsync<RopGetReceiveFolderTableResponse>(new RopGetReceiveFolderTableRequest { InputHandleIndex = 0 });
        PropertyRow row = table.Rows.Single(r => (string)Cell(r, 1) == "MY.CLASS");
        Assert.Multiple(() =>
        {
            Assert.That(RopGetReceiveFolderTableResponse.FolderIdFromInteger64((long)Cell(row, 0)), Is.EqualTo(logon.FolderIds.SentItems));
            Assert.That((ulong)Cell(row, 2), Is.EqualTo((ulong)clock.Now.UtcDateTime.ToFileTimeUtc()));
        });
    }

    [Test]
    public async Task ReceiveFolderRopsOnAPublicLogonFailWithNotSupported()
    {
        // [MS-OXCSTOR] 3.2.5.2, 3.2.5.3, 3.2.5.4: against a public folders logon -> 0x80040102.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonPublicFoldersResponse logon = await client.LogonPublicAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await client.FailAsync(Get("IPM")), Is.EqualTo(ErrorCodes.NotSupported));
            Assert.That(await client.FailAsync(Set("MY.Class", logon.FolderIds.InterpersonalMessagesSubtree)), Is.EqualTo(ErrorCodes.NotSupported));
            Assert.That(await client.FailAsync(new RopGetReceiveFolderTableRequest { InputHandleIndex = 0 }), Is.EqualTo(ErrorCodes.NotSupported));
        });
    }
}
