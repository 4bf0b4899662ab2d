namespace Conformance.Suites.OXCSTOR.S07_PerUserInformation;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 2.2.1.12, 3.2.5.12: RopReadPerUserInformation returns the change number set in segments.</summary>
[TestFixture]
public sealed class ReadPerUserInformationTests : PerUserInformationTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0099")]
    [Requirement("MS-OXCSTOR-R0214")]
    [Requirement("MS-OXCSTOR-R0215")]
    [Requirement("MS-OXCSTOR-R0206")]
    [Requirement("MS-OXCSTOR-R0213")]
    [Requirement("MS-OXCSTOR-R0216")]
    [Requirement("MS-OXCSTOR-R0217")]
    [Requirement("MS-OXCSTOR-R0205")]
    [Requirement("MS-OXCSTOR-R0209")]
    [Requirement("MS-OXCSTOR-R0204")]
    public async Task Segments_follow_each_request_s_MaxDataSize_and_HasFinished_marks_the_last()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();
        byte[] data = ChangeNumberSet(database, 3000);
        Assume.That(data.Length, Is.GreaterThan(4 * 4096), "the change number set spans several segments of any size used below");
        await client.WritePerUserInformationAsync(folder, data, database, blockSize: 1000);

        // The client may ask for a different MaxDataSize each time (2.2.1.12.1); 0 asks for the server's default.
        ushort[] sizes = [1000, 0, 333, 2048, 1000, 333];
        PerUserInformationRead read = await client.ReadPerUserInformationAsync(folder, i => sizes[i % sizes.Length]);

        var overMax = new List<string>();
        var wrongSize = new List<string>();
        var finishedEarly = new List<string>();
        var notFinished = new List<string>();
        var adjusted = new Dictionary<ushort, int>();
        foreach (PerUserInformationSegment segment in read.Segments)
        {
            ushort maximum = segment.Request.MaxDataSize;
            int offset = (int)segment.Request.DataOffset;
            int size = segment.Response.Data.Count;
            int remaining = data.Length - offset;
            string at = $"offset {offset} MaxDataSize {maximum}: DataSize {size}, HasFinished {segment.Response.HasFinished}";

            // 2.2.1.12.2, 3.2.5.12.1 item 3: never more than the request allows (the adjusted size is at most a nonzero MaxDataSize).
            if (maximum != 0 && size > maximum)
            {
                overMax.Add(at);
            }

            // 3.2.5.12.1 item 3: the lesser of the adjusted MaxDataSize and the remaining BLOB. The adjusted size depends
            // only on MaxDataSize (item 2), so every segment cut short by the same MaxDataSize has the same size.
            bool sizeHeld = size > 0 && size <= remaining;
            if (size < remaining)
            {
                sizeHeld &= adjusted.TryAdd(maximum, size) || adjusted[maximum] == size;
            }
            else if (adjusted.TryGetValue(maximum, out int cut))
            {
                sizeHeld &= size <= cut;
            }

            if (!sizeHeld)
            {
                wrongSize.Add(at);
            }

            // 3.2.5.12.1 items 2.3 and 4: more to come means FALSE, the last byte means TRUE.
            if (offset + size < data.Length && segment.Response.HasFinished)
            {
                finishedEarly.Add(at);
            }

            if (offset + size == data.Length && !segment.Response.HasFinished)
            {
                notFinished.Add(at);
            }
        }

        string actual = string.Join("; ", read.Segments.Select(s => $"{s.Request.DataOffset}/{s.Request.MaxDataSize}: {s.Response.Data.Count}{(s.Response.HasFinished ? " finished" : "")}"));
        string expected = $"{data.Length} bytes in segments of at most each MaxDataSize";
        Check("MS-OXCSTOR-R0099", overMax.Count == 0, expected, actual, string.Join("; ", overMax));
        Check("MS-OXCSTOR-R0214", overMax.Count == 0, expected, actual, string.Join("; ", overMax));
        Check("MS-OXCSTOR-R0215", wrongSize.Count == 0, "DataSize = lesser of the adjusted MaxDataSize and the remaining BLOB", actual, string.Join("; ", wrongSize));
        Check("MS-OXCSTOR-R0209", overMax.Count == 0 && wrongSize.Count == 0, "each request's MaxDataSize adjusted before sizing its block", actual);
        Check("MS-OXCSTOR-R0205", overMax.Count == 0 && wrongSize.Count == 0, "MaxDataSize examined on every request", actual);
        Check("MS-OXCSTOR-R0206", finishedEarly.Count == 0, "HasFinished FALSE while data remains", actual, string.Join("; ", finishedEarly));
        Check("MS-OXCSTOR-R0213", finishedEarly.Count == 0, "HasFinished FALSE while data remains", actual, string.Join("; ", finishedEarly));
        Check("MS-OXCSTOR-R0216", notFinished.Count == 0 && read.Data.Length == data.Length, "HasFinished TRUE when DataOffset + DataSize reaches the BLOB size", actual, string.Join("; ", notFinished));
        Check("MS-OXCSTOR-R0217", read.Segments[^1].Response.HasFinished && read.Data.AsSpan().SequenceEqual(data), "the final segment ends the data and has HasFinished TRUE", actual);

        // 3.2.5.12.1: the BLOB is a serialized IDSET with REPLGUID.
        Check("MS-OXCSTOR-R0204", IsIdSetWithReplGuid(read.Data), "an IDSET with REPLGUID", $"{read.Data.Length} bytes: {Convert.ToHexString(read.Data.AsSpan(0, Math.Min(32, read.Data.Length)))}...");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0095")]
    [Requirement("MS-OXCSTOR-R0210")]
    public async Task MaxDataSize_0_reads_with_the_server_default_block_size()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();
        byte[] data = ChangeNumberSet(database, 1500);
        await client.WritePerUserInformationAsync(folder, data, database);

        PerUserInformationRead read = await client.ReadPerUserInformationAsync(folder, _ => 0);

        // [MS-OXCSTOR] 2.2.1.12.1, 3.2.5.12.1 item 2.1: a default size takes the place of 0, so every segment brings
        // data (a literal 0 would bring none) and the whole set arrives.
        int[] sizes = [.. read.Segments.Select(s => s.Response.Data.Count)];
        bool held = sizes.All(s => s > 0) && read.Data.AsSpan().SequenceEqual(data);
        string actual = $"DataSize {string.Join(", ", sizes)} (default block {sizes.Max()} bytes)";
        Check("MS-OXCSTOR-R0095", held, $"{data.Length} bytes in nonempty segments", actual);
        Check("MS-OXCSTOR-R0210", held, "the implementation's default block size (Exchange: 4096)", actual);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0211")]
    [Requirement("MS-OXCSTOR-R0212")]
    public async Task A_MaxDataSize_above_the_server_maximum_is_lowered_to_it()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();

        // More than one response can carry, so no server can honour MaxDataSize 0xFFFF in full.
        byte[] data = ChangeNumberSet(database, 6000);
        Assume.That(data.Length, Is.GreaterThan(0x8000));
        await client.WritePerUserInformationAsync(folder, data, database);

        RopReadPerUserInformationResponse response = await client.ExpectAsync<RopReadPerUserInformationResponse>(new RopReadPerUserInformationRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex, FolderId = folder, Reserved = 0, DataOffset = 0, MaxDataSize = 0xFFFF,
        });

        // [MS-OXCSTOR] 3.2.5.12.1 item 2.2: the request is checked against the maximum and lowered to it (Exchange: 4096).
        bool lowered = response.Data.Count > 0 && response.Data.Count < 0xFFFF && !response.HasFinished;
        string actual = $"DataSize {response.Data.Count}, HasFinished {response.HasFinished}";
        Check("MS-OXCSTOR-R0211", lowered, "a block of the server's maximum size", actual);
        Check("MS-OXCSTOR-R0212", lowered, "MaxDataSize 0xFFFF lowered to the maximum", actual);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0097")]
    [Requirement("MS-OXCSTOR-R0100")]
    public async Task Data_unchanged_since_the_last_complete_read_comes_back_empty_and_finished()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();
        byte[] data = ChangeNumberSet(database, 40);
        await client.WritePerUserInformationAsync(folder, data, database);
        PerUserInformationRead first = await client.ReadPerUserInformationAsync(folder);
        Assume.That(first.Data, Is.EqualTo(data), "the first read returns what was written");

        RopReadPerUserInformationResponse again = await client.ExpectAsync<RopReadPerUserInformationResponse>(new RopReadPerUserInformationRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex, FolderId = folder, Reserved = 0, DataOffset = 0, MaxDataSize = 0,
        });

        // [MS-OXCSTOR] 2.2.1.12.2: nothing changed since the last successful retrieval, so TRUE and no data.
        Check("MS-OXCSTOR-R0097", again.HasFinished, true, again.HasFinished);
        CheckEqual("MS-OXCSTOR-R0100", 0, again.Data.Count, "DataSize of the second read");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0208")]
    public async Task A_DataOffset_beyond_the_data_fails_with_ecError()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();
        byte[] data = ChangeNumberSet(database, 40);
        await client.WritePerUserInformationAsync(folder, data, database);

        uint returnValue = await client.ReturnValueAsync(new RopReadPerUserInformationRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex, FolderId = folder, Reserved = 0, DataOffset = (uint)data.Length + 16, MaxDataSize = 0,
        });

        // [MS-OXCSTOR] 3.2.5.12.1: ecError is 0x80004005.
        CheckReturnValue("MS-OXCSTOR-R0208", ErrorCodes.GeneralFailure, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0207")]
    public async Task A_negative_DataOffset_fails_with_ecError()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();
        await client.WritePerUserInformationAsync(folder, ChangeNumberSet(database, 40), database);

        // -1 as a signed 32-bit DataOffset.
        uint returnValue = await client.ReturnValueAsync(new RopReadPerUserInformationRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex, FolderId = folder, Reserved = 0, DataOffset = 0xFFFFFFFF, MaxDataSize = 0,
        });

        // [MS-OXCSTOR] 3.2.5.12.1: SHOULD be ecError, 0x80004005 (note 45: older products answer ecRpcFormat, 0x000004B6).
        CheckReturnValue("MS-OXCSTOR-R0207", ErrorCodes.GeneralFailure, returnValue);
    }
}
