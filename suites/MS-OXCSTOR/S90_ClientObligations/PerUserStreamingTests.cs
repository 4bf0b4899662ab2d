namespace Conformance.Suites.OXCSTOR.S90_ClientObligations;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.IdSets;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// The streaming of per-user read/unread data by our client ([MS-OXCSTOR] 2.2.1.12.1, 2.2.1.13.1, 3.1.5.2), read
/// from the sent bytes by the layouts of [MS-OXCROPS] 2.2.3.12 and 2.2.3.13:
/// read request  RopId, LogonId, InputHandleIndex, FolderId (24), Reserved (1), DataOffset (4), MaxDataSize (2);
/// read response RopId, InputHandleIndex, ReturnValue (4), HasFinished (1), DataSize (2), Data;
/// write request RopId, LogonId, InputHandleIndex, FolderId (24), HasFinished (1), DataOffset (4), DataSize (2), Data, ReplGuid (16, optional).
/// </summary>
[TestFixture]
public sealed class PerUserStreamingTests : ConformanceTest
{
    private const int FolderIdAt = 3;
    private const int ReservedAt = 27;
    private const int HasFinishedAt = 27;
    private const int DataOffsetAt = 28;
    private const int MaxDataSizeAt = 32;
    private const int DataSizeAt = 32;
    private const int DataAt = 34;
    private const int ResponseHasFinishedAt = 6;
    private const int ResponseDataSizeAt = 7;
    private const int ResponseDataAt = 9;

    // [MS-OXCROPS] 2.2.3.1.3: the public logon's ReplGuid follows LogonFlags, 13 Folder IDs and ReplId.
    private const int ReplGuidInPublicLogon = 7 + (13 * 8) + 2;

    // [MS-OXCROPS] 2.2.3.8.2: RopId, InputHandleIndex, ReturnValue (4), LongTermId (24).
    private const int LongTermIdInResponse = 6;

    /// <summary>Small enough that the data of this test takes several requests each way.</summary>
    private const ushort ReadSegment = 8;
    private const int WriteSegment = 16;

    [Test]
    [Requirement("MS-OXCSTOR-R0085")]
    [Requirement("MS-OXCSTOR-R0086")]
    [Requirement("MS-OXCSTOR-R0087")]
    [Requirement("MS-OXCSTOR-R0088")]
    [Requirement("MS-OXCSTOR-R0089")]
    [Requirement("MS-OXCSTOR-R0090")]
    [Requirement("MS-OXCSTOR-R0091")]
    [Requirement("MS-OXCSTOR-R0092")]
    [Requirement("MS-OXCSTOR-R0093")]
    [Requirement("MS-OXCSTOR-R0094")]
    [Requirement("MS-OXCSTOR-R0134")]
    [Requirement("MS-OXCSTOR-R0103")]
    [Requirement("MS-OXCSTOR-R0104")]
    [Requirement("MS-OXCSTOR-R0105")]
    [Requirement("MS-OXCSTOR-R0106")]
    [Requirement("MS-OXCSTOR-R0107")]
    [Requirement("MS-OXCSTOR-R0108")]
    [Requirement("MS-OXCSTOR-R0109")]
    [Requirement("MS-OXCSTOR-R0110")]
    [Requirement("MS-OXCSTOR-R0112")]
    [Requirement("MS-OXCSTOR-R0113")]
    [Requirement("MS-OXCSTOR-R0135")]
    public async Task Cached_data_is_read_segment_by_segment_and_written_back_unaltered_on_the_private_logon()
    {
        // The public folder whose read state the private mailbox caches, and the public database it comes from.
        MailboxClient publicClient = await LogonPublicAsync();
        byte[] publicReplGuid = Wire.Slice(Wire.Response(LastExchange!, Wire.RopLogon), ReplGuidInPublicLogon, 16);
        var publicDatabase = new Guid(publicReplGuid);
        LongTermId folder = await publicClient.LongTermIdFromIdAsync(publicClient.PublicFolders!.InterpersonalMessagesSubtree);
        byte[] folderId = Wire.Slice(Wire.Response(LastExchange!, Wire.RopLongTermIdFromId), LongTermIdInResponse, 24);

        MailboxClient client = await LogonAsync();
        await KeepCachedRowAsync(client, folder, publicDatabase);

        // Seed the cache with data of several segments (a CNSET of change numbers never issued), then stream it out and back.
        byte[] seed = IdSetWithReplGuid.Create([new ReplGuidGlobset(publicDatabase, Globset.FromCounters([0x10, 0x12, 0x14, 0x100, 0x102, 0x10000]))]).ToBytes();
        await client.WritePerUserInformationAsync(folder, seed, publicDatabase, WriteSegment);
        var log = new ExchangeLog(client);
        byte[] read = (await client.ReadPerUserInformationAsync(folder, _ => ReadSegment)).Data;
        int writesFrom = log.Count;
        await client.WritePerUserInformationAsync(folder, read, publicDatabase, WriteSegment);

        IReadOnlyList<RopExchange> reads = log.Of(0, Wire.RopReadPerUserInformation);
        IReadOnlyList<RopExchange> writes = log.Of(writesFrom, Wire.RopWritePerUserInformation);
        Assume.That(reads, Has.Count.GreaterThan(1), "the target returned the cached data in one segment, so the offset sequencing cannot be observed");
        Assume.That(writes, Has.Count.GreaterThan(1), "the data read back fits one write segment, so the write sequencing cannot be observed");

        CheckReads(reads, folderId);
        CheckWrites(reads, writes, folderId, publicReplGuid);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0111")]
    [Requirement("MS-OXCSTOR-R0133")]
    public async Task Public_logon_streams_one_folder_at_a_time_and_writes_without_ReplGuid()
    {
        MailboxClient client = await LogonPublicAsync();
        LongTermId subtree = await client.LongTermIdFromIdAsync(client.PublicFolders!.InterpersonalMessagesSubtree);
        LongTermId nonIpmSubtree = await client.LongTermIdFromIdAsync(client.PublicFolders!.NonInterpersonalMessagesSubtree);
        var log = new ExchangeLog(client);

        // Read two folders, then write the first one's data back as read, which leaves the user's read state as it was.
        byte[] subtreeData = (await client.ReadPerUserInformationAsync(subtree, _ => ReadSegment)).Data;
        await client.ReadPerUserInformationAsync(nonIpmSubtree, _ => ReadSegment);
        try
        {
            await client.WritePerUserInformationAsync(subtree, subtreeData, replicaGuid: null, WriteSegment);
        }
        catch (RopFailedException)
        {
            // Whether the target takes the data back does not matter here; the requests sent do.
        }

        // [MS-OXCSTOR] 2.2.1.13.1: no ReplGuid on a public folders logon, so each write ends right after its Data.
        IReadOnlyList<RopExchange> writes = log.Of(0, Wire.RopWritePerUserInformation);
        var withoutReplGuid = writes.Select(w => Wire.Request(w, Wire.RopWritePerUserInformation)).Select(rop => rop.Length == DataAt + Wire.UInt16(rop, DataSizeAt)).ToArray();
        Check("MS-OXCSTOR-R0111", writes.Count > 0 && withoutReplGuid.All(ok => ok), "every write request ends after Data", string.Join(", ", withoutReplGuid));

        // [MS-OXCSTOR] 3.1.5.2: a stream for another folder starts only after the current one finished (a read
        // stream finishes with a response saying HasFinished, a write stream with a request saying it).
        string? open = null;
        var interleaved = new List<string>();
        foreach (RopExchange exchange in log.Of(0, Wire.RopReadPerUserInformation, Wire.RopWritePerUserInformation))
        {
            bool isRead = exchange.InputBytes[2] == Wire.RopReadPerUserInformation;
            byte[] rop = Wire.Request(exchange, isRead ? Wire.RopReadPerUserInformation : Wire.RopWritePerUserInformation);
            string folder = Wire.Hex(rop.AsSpan(FolderIdAt, 24));
            if (open is not null && open != folder)
            {
                interleaved.Add(folder);
            }

            bool finished = isRead
                ? exchange.Result.Succeeded && Wire.Response(exchange, Wire.RopReadPerUserInformation) is { Length: > ResponseHasFinishedAt } response && response[ResponseHasFinishedAt] != 0
                : rop[HasFinishedAt] != 0;
            open = finished ? null : folder;
        }

        Check("MS-OXCSTOR-R0133", interleaved.Count == 0, "no request for another folder while a stream is open", interleaved.Count == 0 ? "none" : string.Join(", ", interleaved));
    }

    private void CheckReads(IReadOnlyList<RopExchange> reads, byte[] folderId)
    {
        byte[][] requests = [.. reads.Select(r => Wire.Request(r, Wire.RopReadPerUserInformation))];
        byte[][] responses = [.. reads.Select(r => Wire.Response(r, Wire.RopReadPerUserInformation))];
        uint[] offsets = [.. requests.Select(rop => Wire.UInt32(rop, DataOffsetAt))];
        ushort[] sizes = [.. responses.Select(rop => Wire.UInt16(rop, ResponseDataSizeAt))];
        bool[] finished = [.. responses.Select(rop => rop[ResponseHasFinishedAt] != 0)];

        // The position of each request's first byte: the sum of the DataSize values returned before it.
        uint[] expected = [.. sizes.Select((_, i) => (uint)sizes.Take(i).Sum(size => size))];
        string sent = string.Join(", ", offsets);
        string wanted = string.Join(", ", expected);

        Check("MS-OXCSTOR-R0085", requests.All(rop => rop.Length == DataAt && rop.AsSpan(FolderIdAt, 24).SequenceEqual(folderId)), Wire.Hex(folderId), string.Join(", ", requests.Select(rop => Wire.Hex(rop.AsSpan(FolderIdAt, 24)))), "a 24-byte LongTermID after InputHandleIndex in every request");
        Check("MS-OXCSTOR-R0086", requests.All(rop => rop[ReservedAt] == 0x00), "Reserved 0x00 after FolderId", string.Join(", ", requests.Select(rop => $"0x{rop[ReservedAt]:X2}")));
        Check("MS-OXCSTOR-R0087", requests.All(rop => rop[ReservedAt] == 0x00), "0x00", string.Join(", ", requests.Select(rop => $"0x{rop[ReservedAt]:X2}")));
        Check("MS-OXCSTOR-R0088", offsets.SequenceEqual(expected), wanted, sent, "DataOffset, 4 bytes after Reserved, against the stream position of the first byte wanted");
        Check("MS-OXCSTOR-R0089", requests.All(rop => Wire.Int32(rop, DataOffsetAt) >= 0), "no negative DataOffset", sent);
        Check("MS-OXCSTOR-R0090", offsets.SequenceEqual(expected), wanted, sent, "DataOffset follows the stream, never chosen freely");
        CheckEqual("MS-OXCSTOR-R0091", 0u, offsets[0]);
        Check("MS-OXCSTOR-R0092", offsets.Skip(1).Select((offset, i) => offset == offsets[i] + sizes[i]).All(ok => ok), wanted, sent, "each DataOffset is the previous one plus the previous DataSize");
        Check("MS-OXCSTOR-R0093", finished.SkipLast(1).All(done => !done) && finished[^1] && offsets.SequenceEqual(expected), "further requests only after HasFinished FALSE, each at DataOffset + DataSize", $"HasFinished {string.Join(", ", finished)}; offsets {sent}");
        Check("MS-OXCSTOR-R0094", requests.All(rop => rop.Length == DataAt && Wire.UInt16(rop, MaxDataSizeAt) == ReadSegment), $"MaxDataSize {ReadSegment} in the last 2 bytes", string.Join(", ", requests.Select(rop => Wire.UInt16(rop, MaxDataSizeAt))));
        Check("MS-OXCSTOR-R0134", offsets.Skip(1).Select((offset, i) => offset == offsets[i] + sizes[i]).All(ok => ok), wanted, sent, "DataOffset = previous DataOffset + previous DataSize");
    }

    private void CheckWrites(IReadOnlyList<RopExchange> reads, IReadOnlyList<RopExchange> writes, byte[] folderId, byte[] publicReplGuid)
    {
        byte[][] requests = [.. writes.Select(w => Wire.Request(w, Wire.RopWritePerUserInformation))];
        uint[] offsets = [.. requests.Select(rop => Wire.UInt32(rop, DataOffsetAt))];
        ushort[] sizes = [.. requests.Select(rop => Wire.UInt16(rop, DataSizeAt))];
        uint[] written = [.. sizes.Select((_, i) => (uint)sizes.Take(i).Sum(size => size))];
        byte[] dataRead = [.. reads.SelectMany(r => Wire.Response(r, Wire.RopReadPerUserInformation)[ResponseDataAt..])];
        byte[] dataWritten = [.. requests.SelectMany((rop, i) => rop.AsSpan(DataAt, sizes[i]).ToArray())];

        // On a private logon ReplGuid follows Data in the DataOffset 0 request and nowhere else.
        int[] trailing = [.. requests.Select((rop, i) => rop.Length - DataAt - sizes[i])];
        string layout = string.Join(", ", requests.Select((rop, i) => $"offset {offsets[i]} size {sizes[i]} length {rop.Length}"));

        Check("MS-OXCSTOR-R0103", requests.All(rop => rop.AsSpan(FolderIdAt, 24).SequenceEqual(folderId)), Wire.Hex(folderId), string.Join(", ", requests.Select(rop => Wire.Hex(rop.AsSpan(FolderIdAt, 24)))), "a 24-byte LongTermID after InputHandleIndex");
        Check("MS-OXCSTOR-R0104", requests.SkipLast(1).All(rop => rop[HasFinishedAt] == 0x00) && requests[^1][HasFinishedAt] == 0x01, "HasFinished 0x00 then 0x01 on the last block", string.Join(", ", requests.Select(rop => $"0x{rop[HasFinishedAt]:X2}")));
        Check("MS-OXCSTOR-R0105", offsets.SequenceEqual(written), string.Join(", ", written), string.Join(", ", offsets), "DataOffset, 4 bytes after HasFinished");
        Check("MS-OXCSTOR-R0106", offsets.SequenceEqual(written), string.Join(", ", written), string.Join(", ", offsets), "DataOffset against the bytes written before");
        Check("MS-OXCSTOR-R0107", trailing.Select((extra, i) => extra == (offsets[i] == 0 ? 16 : 0)).All(ok => ok), "DataSize (2 bytes) counts the Data that follows", layout);
        Check("MS-OXCSTOR-R0108", dataWritten.AsSpan().SequenceEqual(dataRead), Wire.Hex(dataRead), Wire.Hex(dataWritten), "the blocks written against the blocks read");
        Check("MS-OXCSTOR-R0109", trailing.All(extra => extra is 0 or 16) && trailing.Skip(1).All(extra => extra == 0), "Data exactly DataSize bytes", layout);
        Check("MS-OXCSTOR-R0110", trailing[0] == 16 && requests[0].AsSpan(DataAt + sizes[0], 16).SequenceEqual(publicReplGuid), Wire.Hex(publicReplGuid), trailing[0] == 16 ? Wire.Hex(requests[0].AsSpan(DataAt + sizes[0], 16)) : "absent", "ReplGuid after Data: the public logon's REPLGUID");
        Check("MS-OXCSTOR-R0112", offsets[0] == 0 && trailing[0] == 16, "16 bytes of ReplGuid in the DataOffset 0 request", layout);
        Check("MS-OXCSTOR-R0113", trailing.Skip(1).All(extra => extra == 0) && offsets.Skip(1).All(offset => offset != 0), "no ReplGuid when DataOffset is not 0", layout);
        Check("MS-OXCSTOR-R0135", dataWritten.AsSpan().SequenceEqual(dataRead), Wire.Hex(dataRead), Wire.Hex(dataWritten), "the data passed on as read");
    }

    /// <summary>Puts the mailbox's cached row for <paramref name="folder"/> back as it was when the test ends.</summary>
    private async Task KeepCachedRowAsync(MailboxClient client, LongTermId folder, Guid publicDatabase)
    {
        RopResponse cached = await client.GetPerUserGuidAsync(folder);
        Guid? before = cached is RopGetPerUserGuidResponse { ReturnValue: 0 } found ? found.DatabaseGuid : null;
        byte[] data = before is null ? [] : (await client.ReadPerUserInformationAsync(folder)).Data;
        TargetUser owner = client.User;
        AddCleanup(async () =>
        {
            // [MS-OXCSTOR] 3.2.5.13.2: a write replaces the row; with no row before, an empty set is the nearest to none.
            await using MailboxClient cleaner = new(new RopSession(await Target.ConnectAsync(owner)));
            await cleaner.LogonPrivateAsync();
            await cleaner.WritePerUserInformationAsync(folder, data, before ?? publicDatabase);
        });
    }
}
