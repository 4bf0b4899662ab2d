namespace Conformance.Store.Tests.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.IdSets;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// The per-user read/unread ROPs ([MS-OXCSTOR] 3.2.5.10-3.2.5.13): RopGetPerUserLongTermIds,
/// RopGetPerUserGuid, RopReadPerUserInformation, RopWritePerUserInformation.
/// </summary>
public sealed class PerUserInformationTests
{
    private static readonly Guid PublicDatabase = new("bfca5b70-f91e-4198-897d-479e0945fd2f");

    private static readonly LongTermId Folder = new(PublicDatabase, 0x12);

    private static byte[] IdSet(int counters) =>
        IdSetWithReplGuid.Create([new ReplGuidGlobset(PublicDatabase, Globset.FromCounters(Enumerable.Range(0, counters).Select(i => ((ulong)i * 0x10001) + 1)))]).ToBytes();

    private static RopWritePerUserInformationRequest Write(byte[] data, bool hasFinished = true, uint offset = 0, LongTermId? folder = null, Guid? replGuid = null, byte index = 0) => new()
    {
        LogonId = index,
        InputHandleIndex = index,
        FolderId = folder ?? Folder,
        HasFinished = hasFinished,
        DataOffset = offset,
        Data = data,
        ReplGuid = replGuid,
    };

    private static RopReadPerUserInformationRequest Read(uint offset = 0, ushort maxDataSize = 0, LongTermId? folder = null, byte index = 0) => new()
    {
        LogonId = index,
        InputHandleIndex = index,
        FolderId = folder ?? Folder,
        DataOffset = offset,
        MaxDataSize = maxDataSize,
    };

    private static async Task<StoreClient> PrivateAsync(StoreHarness harness)
    {
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        return client;
    }

    [Test]
    public async Task NothingCachedGivesAnEmptyListAsInExample_4_7()
    {
        // [MS-OXCSTOR] 3.2.5.10 and 4.7: the server can return an empty list.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        var response = await client.ExpectAsync<RopGetPerUserLongTermIdsResponse>(new RopGetPerUserLongTermIdsRequest { InputHandleIndex = 0, DatabaseGuid = PublicDatabase });
        Assert.That(response.LongTermIds, Is.Empty);
    }

    [Test]
    public async Task PerUserGuidOfAnUncachedFolderFailsWithNotFound()
    {
        // [MS-OXCSTOR] 3.2.5.11: no row for the folder -> 0x8004010F.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        Assert.That(await client.FailAsync(new RopGetPerUserGuidRequest { InputHandleIndex = 0, LongTermId = Folder }), Is.EqualTo(ErrorCodes.NotFound));
    }

    [Test]
    public async Task PrivateWriteStoresTheDataAndItsSourceDatabase()
    {
        // [MS-OXCSTOR] 3.2.5.13.2: the row gets the REPLGUID and the data; 3.2.5.10 and 3.2.5.11 find it;
        // 3.2.5.12.2 reads it back.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        byte[] data = IdSet(3);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data, replGuid: PublicDatabase));

        var guid = await client.ExpectAsync<RopGetPerUserGuidResponse>(new RopGetPerUserGuidRequest { InputHandleIndex = 0, LongTermId = Folder with { Pad = 7 } });
        var ids = await client.ExpectAsync<RopGetPerUserLongTermIdsResponse>(new RopGetPerUserLongTermIdsRequest { InputHandleIndex = 0, DatabaseGuid = PublicDatabase });
        var otherIds = await client.ExpectAsync<RopGetPerUserLongTermIdsResponse>(new RopGetPerUserLongTermIdsRequest { InputHandleIndex = 0, DatabaseGuid = Guid.NewGuid() });
        var read = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        Assert.Multiple(() =>
        {
            Assert.That(guid.DatabaseGuid, Is.EqualTo(PublicDatabase));
            Assert.That(ids.LongTermIds.ToArray(), Is.EqualTo(new[] { Folder }));
            Assert.That(otherIds.LongTermIds, Is.Empty);
            Assert.That(read.HasFinished, Is.True);
            Assert.That(read.Data.ToArray(), Is.EqualTo(data));
        });
    }

    [Test]
    public async Task ARewriteReplacesTheRow()
    {
        // [MS-OXCSTOR] 3.2.5.13.2: an existing row's REPLGUID and data are replaced.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        var otherDatabase = Guid.NewGuid();
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(IdSet(1), replGuid: PublicDatabase));
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(IdSet(2), replGuid: otherDatabase));
        var guid = await client.ExpectAsync<RopGetPerUserGuidResponse>(new RopGetPerUserGuidRequest { InputHandleIndex = 0, LongTermId = Folder });
        Assert.That(guid.DatabaseGuid, Is.EqualTo(otherDatabase));
        Assert.That((await client.ExpectAsync<RopReadPerUserInformationResponse>(Read())).Data.ToArray(), Is.EqualTo(IdSet(2)));
    }

    [Test]
    public async Task ReadOfAFolderWithoutARowIsEmptyAndFinished()
    {
        // [MS-OXCSTOR] 3.2.5.12.2, 3.2.5.12.3: no row -> an empty array.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        var read = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        Assert.That((read.HasFinished, read.Data.Count), Is.EqualTo((true, 0)));
    }

    [Test]
    public async Task ReadStreamsSegmentsOfAtMostMaxDataSize()
    {
        // [MS-OXCSTOR] 3.2.5.12.1: DataSize = min(MaxDataSize, rest); HasFinished only with the last byte.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        byte[] data = IdSet(20);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data, replGuid: PublicDatabase));
        var received = new List<byte>();
        var finished = new List<bool>();
        while (finished.Count == 0 || !finished[^1])
        {
            var segment = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read((uint)received.Count, 16));
            Assert.That(segment.Data, Has.Count.LessThanOrEqualTo(16));
            received.AddRange(segment.Data.AsSpan());
            finished.Add(segment.HasFinished);
        }

        Assert.Multiple(() =>
        {
            Assert.That(received, Is.EqualTo(data));
            Assert.That(finished.Count, Is.EqualTo((data.Length + 15) / 16));
        });
    }

    [Test]
    public async Task ZeroMaxDataSizeTakesTheDefaultAndLargeValuesAreCapped()
    {
        // [MS-OXCSTOR] 3.2.5.12.1 summary item 2: 0 -> an implementation default, more than the maximum -> the
        // maximum (<46> <47>: 4096 for both). The data is written in several segments (3.2.5.13.1).
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        byte[] data = IdSet(3000);
        Assert.That(data, Has.Length.GreaterThan(4096 * 2));
        for (int offset = 0; offset < data.Length; offset += 4000)
        {
            int size = Math.Min(4000, data.Length - offset);
            await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(
                data[offset..(offset + size)], offset + size == data.Length, (uint)offset, replGuid: offset == 0 ? PublicDatabase : null));
        }

        var byDefault = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read(0, 0));
        var capped = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read(4096, 60000));
        var rest = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read(8192, 60000));
        Assert.Multiple(() =>
        {
            Assert.That((byDefault.Data.Count, byDefault.HasFinished), Is.EqualTo((4096, false)));
            Assert.That((capped.Data.Count, capped.HasFinished), Is.EqualTo((4096, false)));
            Assert.That(byDefault.Data.Concat(capped.Data).Concat(rest.Data), Is.EqualTo(data));
        });
    }

    [Test]
    public async Task ReadOffsetsBeyondTheDataFailWithEcError()
    {
        // [MS-OXCSTOR] 3.2.5.12.1: DataOffset beyond the data MUST be ecError; a negative one SHOULD be ecError.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(IdSet(2), replGuid: PublicDatabase));
        int length = IdSet(2).Length;
        Assert.Multiple(async () =>
        {
            Assert.That(await client.FailAsync(Read((uint)length + 1, 100)), Is.EqualTo(ErrorCodes.GeneralFailure));
            Assert.That(await client.FailAsync(Read(0x80000000, 100)), Is.EqualTo(ErrorCodes.GeneralFailure));
            var atEnd = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read((uint)length, 100));
            Assert.That((atEnd.HasFinished, atEnd.Data.Count), Is.EqualTo((true, 0)), "offset = size: nothing left");
        });
    }

    [Test]
    public async Task NegativeReadOffsetIsRpcFormatWithTheProductBehaviourOption()
    {
        // [MS-OXCSTOR] <45>: Exchange 2003 to 2010 answer ecRpcFormat.
        await using var harness = new StoreHarness(new StoreOptions { NegativePerUserDataOffsetIsRpcFormat = true });
        StoreClient client = await PrivateAsync(harness);
        Assert.That(await client.FailAsync(Read(0xFFFFFFFF, 100)), Is.EqualTo(ErrorCodes.RpcFormat));
    }

    [Test]
    public async Task UnchangedDataIsNotSentAgainToTheSameLogon()
    {
        // [MS-OXCSTOR] 2.2.1.12.2: data unchanged since the last complete retrieval -> HasFinished TRUE, DataSize 0.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(IdSet(2), replGuid: PublicDatabase));
        var first = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        var unchanged = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(IdSet(3), replGuid: PublicDatabase));
        var changed = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        Assert.Multiple(() =>
        {
            Assert.That(first.Data, Is.Not.Empty);
            Assert.That((unchanged.HasFinished, unchanged.Data.Count), Is.EqualTo((true, 0)));
            Assert.That(changed.Data.ToArray(), Is.EqualTo(IdSet(3)));
        });

        StoreClient other = await PrivateAsync(harness);
        Assert.That((await other.ExpectAsync<RopReadPerUserInformationResponse>(Read())).Data.ToArray(), Is.EqualTo(IdSet(3)), "another logon has not read it yet");
    }

    [Test]
    public async Task UnchangedDataIsSentAgainWhenTheOptionIsOff()
    {
        await using var harness = new StoreHarness(new StoreOptions { PerUserReadSkipsUnchangedData = false });
        StoreClient client = await PrivateAsync(harness);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(IdSet(2), replGuid: PublicDatabase));
        await client.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        Assert.That((await client.ExpectAsync<RopReadPerUserInformationResponse>(Read())).Data.ToArray(), Is.EqualTo(IdSet(2)));
    }

    [Test]
    public async Task SegmentsAccumulateAndAreStoredOnlyWhenFinished()
    {
        // [MS-OXCSTOR] 3.2.5.13.1: data accumulates until HasFinished TRUE, then it is validated and stored.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        byte[] data = IdSet(10);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data[..10], hasFinished: false, replGuid: PublicDatabase));
        Assert.That(await client.FailAsync(new RopGetPerUserGuidRequest { InputHandleIndex = 0, LongTermId = Folder }), Is.EqualTo(ErrorCodes.NotFound), "not stored yet");
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data[10..], offset: 10));
        Assert.That((await client.ExpectAsync<RopReadPerUserInformationResponse>(Read())).Data.ToArray(), Is.EqualTo(data));
    }

    [Test]
    public async Task WriteAtAnOffsetThatDoesNotContinueTheStreamFailsAndDiscardsIt()
    {
        // [MS-OXCSTOR] 3.2.5.13.1: DataOffset other than the amount written -> the stream is abandoned and, the
        // offset not being 0, the ROP fails with 0x80004005; continuing afterwards fails too.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        byte[] data = IdSet(10);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data[..10], hasFinished: false, replGuid: PublicDatabase));
        Assert.That(await client.FailAsync(Write(data[10..], offset: 11)), Is.EqualTo(ErrorCodes.GeneralFailure));
        Assert.That(await client.FailAsync(Write(data[10..], offset: 10)), Is.EqualTo(ErrorCodes.GeneralFailure), "the accumulated data was disposed of");
    }

    [Test]
    public async Task WriteForAnotherFolderAbandonsTheStream()
    {
        // [MS-OXCSTOR] 3.2.5.13.1: a changed FID abandons the stream; at offset 0 a new stream starts.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        byte[] data = IdSet(10);
        var otherFolder = new LongTermId(PublicDatabase, 0x99);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data[..10], hasFinished: false, replGuid: PublicDatabase));
        Assert.That(await client.FailAsync(Write(data[10..], offset: 10, folder: otherFolder)), Is.EqualTo(ErrorCodes.GeneralFailure));
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data, folder: otherFolder, replGuid: PublicDatabase));
        Assert.That((await client.ExpectAsync<RopReadPerUserInformationResponse>(Read(folder: otherFolder))).Data.ToArray(), Is.EqualTo(data));
    }

    private static readonly byte[][] MalformedData =
    [
        [0x01, 0x02, 0x03],
        [.. PublicDatabase.ToByteArray(), 0x99],
    ];

    [TestCaseSource(nameof(MalformedData))]
    public async Task MalformedDataFailsWithCorruptDataAndIsNotStored(byte[] data)
    {
        // [MS-OXCSTOR] 3.2.5.13.1 SHOULD: not a serialized IDSET with REPLGUIDs -> 0x8004011B.
        await using var harness = new StoreHarness();
        StoreClient client = await PrivateAsync(harness);
        Assert.That(await client.FailAsync(Write(data, replGuid: PublicDatabase)), Is.EqualTo(ErrorCodes.CorruptData));
        Assert.That(await client.FailAsync(new RopGetPerUserGuidRequest { InputHandleIndex = 0, LongTermId = Folder }), Is.EqualTo(ErrorCodes.NotFound));
    }

    [TestCase(MalformedPerUserDataResult.FormatError, ErrorCodes.FormatError)]
    [TestCase(MalformedPerUserDataResult.InvalidParameter, ErrorCodes.InvalidParameter)]
    public async Task MalformedDataAnswerFollowsTheProductBehaviourOption(MalformedPerUserDataResult option, uint expected)
    {
        // [MS-OXCSTOR] <48>: ecFmtError (Exchange 2007, 2010 public) or ecInvalidParam (Exchange 2010 private).
        await using var harness = new StoreHarness(new StoreOptions { MalformedPerUserData = option });
        StoreClient client = await PrivateAsync(harness);
        Assert.That(await client.FailAsync(Write([0x01], replGuid: PublicDatabase)), Is.EqualTo(expected));
    }

    [Test]
    public async Task MalformedDataIsAcceptedWithTheExchange2013PrivateOption()
    {
        // [MS-OXCSTOR] <48>: Exchange 2013 answers ecNone for private logons.
        await using var harness = new StoreHarness(new StoreOptions { MalformedPerUserData = MalformedPerUserDataResult.Accept });
        StoreClient client = await PrivateAsync(harness);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write([0x01], replGuid: PublicDatabase));
    }

    [Test]
    public async Task PublicDataIsKeptPerUser()
    {
        // [MS-OXCSTOR] 3.2.5.13.3 and 3.2.5.12.3: the public store's rows are by user and folder; no ReplGuid is sent.
        await using var harness = new StoreHarness();
        StoreClient first = await StoreClient.ConnectAsync(harness);
        await first.LogonPublicAsync();
        StoreClient second = await StoreClient.ConnectAsync(harness, StoreHarness.User2);
        await second.LogonPublicAsync();
        await first.ExpectAsync<RopWritePerUserInformationResponse>(Write(IdSet(4)));
        var own = await first.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        var others = await second.ExpectAsync<RopReadPerUserInformationResponse>(Read());
        Assert.Multiple(() =>
        {
            Assert.That(own.Data.ToArray(), Is.EqualTo(IdSet(4)));
            Assert.That((others.HasFinished, others.Data.Count), Is.EqualTo((true, 0)));
        });
    }

    [Test]
    public async Task PrivateOnlyPerUserRopsFailOnAPublicLogon()
    {
        // [MS-OXCSTOR] 3.2.5.10, 3.2.5.11: against a public folders logon -> 0x80040102.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPublicAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await client.FailAsync(new RopGetPerUserLongTermIdsRequest { InputHandleIndex = 0, DatabaseGuid = PublicDatabase }), Is.EqualTo(ErrorCodes.NotSupported));
            Assert.That(await client.FailAsync(new RopGetPerUserGuidRequest { InputHandleIndex = 0, LongTermId = Folder }), Is.EqualTo(ErrorCodes.NotSupported));
        });
    }

    [Test]
    public async Task SyncFromPublicToPrivateAndBack()
    {
        // [MS-OXCSTOR] 3.1.4.3: read from the public store, cache in the private one with the public REPLGUID,
        // then compare RopGetPerUserGuid with the public logon's ReplGuid.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync(0, 0);
        RopLogonPublicFoldersResponse publicLogon = await client.LogonPublicAsync(1, 1);
        var folder = new LongTermId(publicLogon.ReplGuid, publicLogon.FolderIds.EFormsRegistry.GlobalCounter);
        byte[] data = IdSet(5);
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(data, folder: folder, index: 1));
        var fromPublic = await client.ExpectAsync<RopReadPerUserInformationResponse>(Read(folder: folder, index: 1));
        await client.ExpectAsync<RopWritePerUserInformationResponse>(Write(fromPublic.Data.ToArray(), folder: folder, replGuid: publicLogon.ReplGuid, index: 0));
        var source = await client.ExpectAsync<RopGetPerUserGuidResponse>(new RopGetPerUserGuidRequest { InputHandleIndex = 0, LongTermId = folder });
        Assert.That(source.DatabaseGuid, Is.EqualTo(publicLogon.ReplGuid));
    }
}
