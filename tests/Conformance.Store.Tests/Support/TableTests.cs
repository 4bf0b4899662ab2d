namespace Conformance.Store.Tests.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopGetHierarchyTable, RopGetContentsTable ([MS-OXCFOLD] 3.2.5.13, 3.2.5.14), RopSetColumns and RopQueryRows ([MS-OXCTABL] 3.2.5).</summary>
public sealed class TableTests
{
    private static async Task<SupportClient> InboxWithFoldersAsync(StoreHarness harness, params string[] names)
    {
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        foreach (string name in names)
        {
            await client.CreateFolderAsync(1, 2, name);
        }

        return client;
    }

    [Test]
    public async Task HierarchyTableCountsTheSubfoldersAndDepthListsTheDescendants()
    {
        // [MS-OXCFOLD] 2.2.1.13.1 Depth and 2.2.1.13.2 RowCount.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, "A", "B");
        await client.CreateFolderAsync(2, 3, "B1");
        RopGetHierarchyTableResponse shallow = await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 4 });
        RopGetHierarchyTableResponse deep = await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 5, TableFlags = HierarchyTableFlags.Depth });
        Assert.Multiple(() =>
        {
            Assert.That(shallow.RowCount, Is.EqualTo(2u));
            Assert.That(deep.RowCount, Is.EqualTo(3u));
        });
    }

    [Test]
    public async Task ContentsTableCountsNormalMessagesAndAssociatedCountsFaiMessages()
    {
        // [MS-OXCFOLD] 2.2.1.14.1 Associated.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        await client.CreateSavedMessageAsync(client.Folders.Inbox, 2);
        await client.CreateSavedMessageAsync(client.Folders.Inbox, 2);
        await client.CreateSavedMessageAsync(client.Folders.Inbox, 2, associated: true);
        RopGetContentsTableResponse normal = await client.ExpectAsync<RopGetContentsTableResponse>(new RopGetContentsTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        RopGetContentsTableResponse fai = await client.ExpectAsync<RopGetContentsTableResponse>(new RopGetContentsTableRequest { InputHandleIndex = 1, OutputHandleIndex = 4, TableFlags = ContentsTableFlags.Associated });
        Assert.Multiple(() =>
        {
            Assert.That(normal.RowCount, Is.EqualTo(2u));
            Assert.That(fai.RowCount, Is.EqualTo(1u));
        });
    }

    [Test]
    public async Task TablesOfALogonHandleFailWithNotSupported()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        Assert.That(await client.ReturnValueAsync(new RopGetContentsTableRequest { InputHandleIndex = 0, OutputHandleIndex = 1 }), Is.EqualTo(ErrorCodes.NotSupported));
        Assert.That(await client.ReturnValueAsync(new RopGetHierarchyTableRequest { InputHandleIndex = 0, OutputHandleIndex = 1 }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task RowsAnswerTheSetColumnsInOrder()
    {
        // [MS-OXCTABL] 2.2.2.2.1: the columns give the set and order of the values in each row.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, "A");
        RopQueryRowsResponse rows = await client.ReadHierarchyAsync(1, 3, HierarchyTableFlags.None, Tags.ContentCount, Tags.DisplayName);
        PropertyRow row = rows.RowData.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Flag, Is.EqualTo(PropertyRowFlag.Standard));
            Assert.That(Tags.Value<int>(row, 0), Is.Zero);
            Assert.That(Tags.Value<string>(row, 1), Is.EqualTo("A"));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task AMissingValueMakesAFlaggedRow(bool missingIsNotFoundError)
    {
        // [MS-OXCDATA] 2.8.1 / 2.11.5: a row with a missing value is a FlaggedPropertyRow; the flag is
        // 0x0A with ecNotFound, or 0x01, by StoreOptions.MissingColumnIsNotFoundError.
        await using var harness = new StoreHarness(new StoreOptions { MissingColumnIsNotFoundError = missingIsNotFoundError });
        SupportClient client = await InboxWithFoldersAsync(harness, "A");
        RopQueryRowsResponse rows = await client.ReadHierarchyAsync(1, 3, HierarchyTableFlags.None, Tags.DisplayName, Tags.Subject);
        PropertyRow row = rows.RowData.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Flag, Is.EqualTo(PropertyRowFlag.Flagged));
            Assert.That(row.ValueArray[0].Flag, Is.EqualTo(FlaggedPropertyValueFlag.Available));
            Assert.That(row.ValueArray[1].Flag, Is.EqualTo(missingIsNotFoundError ? FlaggedPropertyValueFlag.Error : FlaggedPropertyValueFlag.NotAvailable));
            if (missingIsNotFoundError)
            {
                Assert.That(((PropertyValue<uint>)row.ValueArray[1].Value!).Value, Is.EqualTo(ErrorCodes.NotFound));
            }
        });
    }

    [Test]
    public async Task QueryRowsBeforeSetColumnsFailsWithNullObject()
    {
        // [MS-OXCTABL] section 6 (product behavior for 3.2.5.5): Exchange 2010 and later fail a RopQueryRows sent
        // before a successful RopSetColumns with ecNullObject (0x000004B9).
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, "A");
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        uint result = await client.ReturnValueAsync(new RopQueryRowsRequest { InputHandleIndex = 3, ForwardRead = true, RowCount = 10 });
        Assert.That(result, Is.EqualTo(ErrorCodes.NullObject));
    }

    [Test]
    public async Task SetColumnsWithoutColumnsFailsWithInvalidParameter()
    {
        // [MS-OXCTABL] 2.2.2.2.1: PropertyTagCount is 1 or greater (a client MUST); the server's answer to zero
        // is not specified: ecInvalidParam is this store's choice.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness);
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        Assert.That(await client.ReturnValueAsync(new RopSetColumnsRequest { InputHandleIndex = 3 }), Is.EqualTo(ErrorCodes.InvalidParameter));
    }

    [Test]
    public async Task TableRopsOnAFolderFailWithNotSupported()
    {
        // [MS-OXCTABL] 3.2.5.2, 3.2.5.5: ecNotSupported when the object is not a table.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness);
        Assert.That(await client.ReturnValueAsync(new RopSetColumnsRequest { InputHandleIndex = 1, PropertyTags = new[] { Tags.DisplayName } }), Is.EqualTo(ErrorCodes.NotSupported));
        Assert.That(await client.ReturnValueAsync(new RopQueryRowsRequest { InputHandleIndex = 1, ForwardRead = true, RowCount = 1 }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task AnEightBitColumnOfAUnicodeNameConvertsThroughTheCodePage()
    {
        // Found by the traffic fuzzer (fuzz/regressions/traffic): a PtypString8 column of a name with characters the
        // code page lacks converts like the property ROPs do ([MS-OXCPRPT] 3.2.5.1), '?' for what cp1252 cannot carry.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, "caf\u00E9 \u8C90");
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        await client.ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = 3, PropertyTags = new[] { new PropertyTag(0x3001, PropertyType.PtypString8) } });
        RopQueryRowsResponse rows = await client.QueryRowsAsync(3, 10);
        Assert.Multiple(() =>
        {
            Assert.That(rows.RowData.Select(r => Tags.Value<string>(r, 0)), Is.EqualTo(new[] { "caf\u00E9 ?" }));
            Assert.That(harness.Server.InternalErrors, Is.Empty);
        });
    }

    [Test]
    public async Task ForwardReadsAdvanceTheCursorAndEndAtBookmarkEnd()
    {
        // [MS-OXCTABL] 3.2.5.5: rows from the cursor, at most RowCount; Origin BOOKMARK_END when no more rows.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, "A", "B", "C");
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        await client.ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = 3, PropertyTags = new[] { Tags.DisplayName } });
        RopQueryRowsResponse first = await client.QueryRowsAsync(3, 2);
        RopQueryRowsResponse second = await client.QueryRowsAsync(3, 2);
        RopQueryRowsResponse third = await client.QueryRowsAsync(3, 2);
        Assert.Multiple(() =>
        {
            Assert.That(first.RowData.Select(r => Tags.Value<string>(r, 0)), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(first.Origin, Is.EqualTo(Bookmark.Current));
            Assert.That(second.RowData.Select(r => Tags.Value<string>(r, 0)), Is.EqualTo(new[] { "C" }));
            Assert.That(second.Origin, Is.EqualTo(Bookmark.End));
            Assert.That(third.RowData, Is.Empty);
            Assert.That(third.Origin, Is.EqualTo(Bookmark.End));
        });
    }

    [Test]
    public async Task NoAdvanceLeavesTheCursorWhereItWas()
    {
        // [MS-OXCTABL] 2.2.2.5.1 NoAdvance.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, "A", "B");
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        await client.ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = 3, PropertyTags = new[] { Tags.DisplayName } });
        RopQueryRowsResponse peek = await client.QueryRowsAsync(3, 1, flags: QueryRowsFlags.NoAdvance);
        RopQueryRowsResponse read = await client.QueryRowsAsync(3, 1);
        Assert.That(Tags.Value<string>(read.RowData[0], 0), Is.EqualTo(Tags.Value<string>(peek.RowData[0], 0)));
    }

    [Test]
    public async Task BackwardReadsReturnTheRowsBeforeTheCursorInTableOrder()
    {
        // [MS-OXCTABL] 3.2.5.5: backwards, the rows start RowCount rows before the cursor; at the start Origin is BOOKMARK_BEGINNING.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, "A", "B", "C");
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        await client.ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = 3, PropertyTags = new[] { Tags.DisplayName } });
        await client.QueryRowsAsync(3, 10);
        RopQueryRowsResponse last = await client.QueryRowsAsync(3, 2, forward: false);
        RopQueryRowsResponse rest = await client.QueryRowsAsync(3, 2, forward: false);
        Assert.Multiple(() =>
        {
            Assert.That(last.RowData.Select(r => Tags.Value<string>(r, 0)), Is.EqualTo(new[] { "B", "C" }));
            Assert.That(last.Origin, Is.EqualTo(Bookmark.Current));
            Assert.That(rest.RowData.Select(r => Tags.Value<string>(r, 0)), Is.EqualTo(new[] { "A" }));
            Assert.That(rest.Origin, Is.EqualTo(Bookmark.Beginning));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ALiveTableShowsLaterChangesAndASnapshotDoesNot(bool snapshots)
    {
        // StoreOptions.TablesAreSnapshots: [MS-OXCTABL] leaves how fresh an open table is to the server.
        await using var harness = new StoreHarness(new StoreOptions { TablesAreSnapshots = snapshots });
        SupportClient client = await InboxWithFoldersAsync(harness, "A");
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        await client.CreateFolderAsync(1, 2, "B");
        RopQueryRowsResponse rows = await client.SetColumnsAndReadAsync(3, [Tags.DisplayName]);
        Assert.That(rows.RowData.Count, Is.EqualTo(snapshots ? 1 : 2));
    }

    [Test]
    public async Task QueryRowsSendsOnlyTheRowsThatFitAndKeepsTheRestForTheNextRead()
    {
        // [MS-OXCTABL] 3.2.5.5: as many whole rows as fit the response buffer.
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, new string('A', 60), new string('B', 60), new string('C', 60));
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        await client.ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = 3, PropertyTags = new[] { Tags.DisplayName } });

        // RopSize (2) + handle table (64) + response header (9) + two rows of 1 + 122 bytes.
        const int roomForTwoRows = 2 + 64 + 9 + (2 * 123);
        IReadOnlyList<RopResponse> responses = await client.RunAllAsync([new RopQueryRowsRequest { InputHandleIndex = 3, ForwardRead = true, RowCount = 10 }], roomForTwoRows);
        var partial = StoreHarness.Expect<RopQueryRowsResponse>(responses.Single());
        RopQueryRowsResponse rest = await client.QueryRowsAsync(3, 10);
        Assert.Multiple(() =>
        {
            Assert.That(partial.RowData.Count, Is.EqualTo(2));
            Assert.That(partial.Origin, Is.EqualTo(Bookmark.Current));
            Assert.That(rest.RowData.Select(r => Tags.Value<string>(r, 0)), Is.EqualTo(new[] { new string('C', 60) }));
        });
    }

    [Test]
    public async Task QueryRowsWhoseFirstRowDoesNotFitIsReturnedUnprocessedWithTheCursorUnmoved()
    {
        // [MS-OXCTABL] 3.2.5.5: at least one row or ecBufferTooSmall; the processor reports it as RopBufferTooSmall ([MS-OXCROPS] 2.2.15.1).
        await using var harness = new StoreHarness();
        SupportClient client = await InboxWithFoldersAsync(harness, new string('A', 200));
        await client.ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 });
        await client.ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = 3, PropertyTags = new[] { Tags.DisplayName } });
        var query = new RopQueryRowsRequest { InputHandleIndex = 3, ForwardRead = true, RowCount = 10 };
        IReadOnlyList<RopResponse> responses = await client.RunAllAsync([query], 2 + 64 + 100);
        var tooSmall = StoreHarness.Expect<RopBufferTooSmallResponse>(responses.Single());
        Assert.Multiple(() =>
        {
            Assert.That(tooSmall.RequestBuffers.ToArray(), Is.EqualTo(query.ToBytes()));
            Assert.That((int)tooSmall.SizeNeeded, Is.GreaterThan(2 + 64 + 9 + 400));
        });
        RopQueryRowsResponse retried = await client.QueryRowsAsync(3, 10);
        Assert.That(retried.RowData.Count, Is.EqualTo(1));
    }
}
