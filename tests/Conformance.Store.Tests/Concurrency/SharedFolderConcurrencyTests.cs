namespace Conformance.Store.Tests.Concurrency;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// 16 sessions x 5,000 ROPs on one shared folder, all through ROP bytes: every saved message is
/// there at the end with its two properties equal (no torn write), and each session's last folder
/// property write is the value every session reads (no lost write).
/// </summary>
public sealed class SharedFolderConcurrencyTests
{
    private const int Sessions = 16;
    private const int RopsPerSession = 5_000;

    // Per iteration: create, set two properties, save, release (4 ROPs) + set folder property, read it back (2 ROPs).
    private const int RopsPerIteration = 6;

    [Test]
    [CancelAfter(120_000)]
    public async Task SixteenSessionsKeepEveryWrite()
    {
        await using var harness = new StoreHarness();
        RopSession owner = await harness.ConnectAsync();
        (uint[] ownerHandles, var logon) = await StoreHarness.LogonAsync(owner);
        RopExchange created = await StoreHarness.ExecuteAsync(
            owner,
            ownerHandles,
            new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = logon.FolderIds.Inbox },
            new RopCreateFolderRequest { InputHandleIndex = 1, OutputHandleIndex = 2, FolderType = FolderType.Generic, UseUnicodeStrings = true, DisplayName = "Shared" });
        ObjectId shared = StoreHarness.Expect<RopCreateFolderResponse>(created.Responses[1]).FolderId;

        int iterations = RopsPerSession / RopsPerIteration;
        int[] saved = await Task.WhenAll(Enumerable.Range(0, Sessions).Select(s => Task.Run(() => WorkAsync(harness, shared, s, iterations))));

        RopSession checker = await harness.ConnectAsync();
        (uint[] handles, _) = await StoreHarness.LogonAsync(checker);
        RopExchange table = await StoreHarness.ExecuteAsync(
            checker,
            handles,
            new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = shared },
            new RopGetContentsTableRequest { InputHandleIndex = 1, OutputHandleIndex = 2 });
        uint rowCount = StoreHarness.Expect<RopGetContentsTableResponse>(table.Responses[1]).RowCount;
        Assert.That(rowCount, Is.EqualTo((uint)saved.Sum()), "messages saved by all sessions");

        // No torn write: every message carries the two values one RopSetProperties gave it, equal.
        RopExchange columns = await StoreHarness.ExecuteAsync(checker, [.. table.HandleTable], new RopSetColumnsRequest
        {
            InputHandleIndex = 2, PropertyTags = new PropertyTag[] { new(0x6601, PropertyType.PtypInteger32), new(0x6602, PropertyType.PtypInteger32) },
        });
        StoreHarness.Expect<RopSetColumnsResponse>(columns.Responses[0]);
        var rows = new List<PropertyRow>();
        while (true)
        {
            RopExchange page = await StoreHarness.ExecuteAsync(checker, [.. table.HandleTable], new RopQueryRowsRequest { InputHandleIndex = 2, ForwardRead = true, RowCount = 0x1000 });
            var answer = StoreHarness.Expect<RopQueryRowsResponse>(page.Responses[0]);
            if (answer.RowData.Count == 0)
            {
                break;
            }

            rows.AddRange(answer.RowData);
        }

        Assert.That(rows, Has.Count.EqualTo(saved.Sum()), "rows read back");
        Assert.That(rows.Where(r => r.ValueArray[0].Value != r.ValueArray[1].Value || r.ValueArray[0].Flag != FlaggedPropertyValueFlag.Available), Is.Empty, "torn messages");
        Assert.That(rows.Select(r => r.ValueArray[0].Value).Distinct().Count(), Is.EqualTo(saved.Sum()), "each message saved once with its own value");

        var folderTags = Enumerable.Range(0, Sessions).Select(s => new PropertyTag(FolderPropertyId(s), PropertyType.PtypInteger32)).ToArray();
        RopExchange read = await StoreHarness.ExecuteAsync(checker, [.. table.HandleTable], new RopGetPropertiesSpecificRequest { InputHandleIndex = 1, WantUnicode = true, PropertyTags = folderTags });
        PropertyRow row = StoreHarness.Expect<RopGetPropertiesSpecificResponse>(read.Responses[0]).RowData;
        Assert.That(row.ValueArray.Select(v => v.Value), Is.All.EqualTo(PropertyValue.Integer32(iterations - 1)), "each session's last folder write");
    }

    private static ushort FolderPropertyId(int session) => (ushort)(0x6600 + session);

    private static async Task<int> WorkAsync(StoreHarness harness, ObjectId shared, int index, int iterations)
    {
        RopSession session = await harness.ConnectAsync();
        (uint[] handles, _) = await StoreHarness.LogonAsync(session);
        RopExchange opened = await StoreHarness.ExecuteAsync(session, handles, new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = shared });
        handles = [.. opened.HandleTable];
        int saved = 0;
        for (int i = 0; i < iterations; i++)
        {
            RopExchange exchange = await StoreHarness.ExecuteAsync(
                session,
                handles,
                new RopCreateMessageRequest { InputHandleIndex = 1, OutputHandleIndex = 2, CodePageId = 0x0FFF, FolderId = shared },
                new RopSetPropertiesRequest
                {
                    InputHandleIndex = 2,
                    PropertyValues = new TaggedPropertyValue[] { new(0x6601, PropertyValue.Integer32((index * 100_000) + i)), new(0x6602, PropertyValue.Integer32((index * 100_000) + i)) },
                },
                new RopSaveChangesMessageRequest { ResponseHandleIndex = 2, InputHandleIndex = 2, SaveFlags = SaveFlags.KeepOpenReadWrite },
                new RopReleaseRequest { InputHandleIndex = 2 },
                new RopSetPropertiesRequest { InputHandleIndex = 1, PropertyValues = new TaggedPropertyValue[] { new(FolderPropertyId(index), PropertyValue.Integer32(i)) } },
                new RopGetPropertiesSpecificRequest { InputHandleIndex = 1, WantUnicode = true, PropertyTags = new PropertyTag[] { new(FolderPropertyId(index), PropertyType.PtypInteger32) } });
            Assert.That(exchange.Responses, Has.Count.EqualTo(5), "every ROP but RopRelease answered");
            StoreHarness.Expect<RopSaveChangesMessageResponse>(exchange.Responses[2]);
            PropertyRow own = StoreHarness.Expect<RopGetPropertiesSpecificResponse>(exchange.Responses[4]).RowData;
            Assert.That(own.ValueArray[0].Value, Is.EqualTo(PropertyValue.Integer32(i)), "a session reads its own folder write at once");
            saved++;
        }

        return saved;
    }
}
