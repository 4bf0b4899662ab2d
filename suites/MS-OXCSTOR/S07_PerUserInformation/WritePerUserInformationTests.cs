namespace Conformance.Suites.OXCSTOR.S07_PerUserInformation;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 2.2.1.13, 3.2.5.13: RopWritePerUserInformation accumulates blocks and stores the whole set.</summary>
[TestFixture]
public sealed class WritePerUserInformationTests : PerUserInformationTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0224")]
    [Requirement("MS-OXCSTOR-R0223")]
    [Requirement("MS-OXCSTOR-R0080")]
    public async Task On_a_private_logon_a_write_adds_the_folder_s_row_and_a_later_one_replaces_it()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();
        byte[] first = ChangeNumberSet(database, 700);

        await client.WritePerUserInformationAsync(folder, first, database, blockSize: 1500);
        Guid firstSource = (await client.ExpectAsync<RopGetPerUserGuidResponse>(new RopGetPerUserGuidRequest { InputHandleIndex = MailboxClient.LogonIndex, LongTermId = folder })).DatabaseGuid;
        byte[] readFirst = (await client.ReadPerUserInformationAsync(folder)).Data;

        // [MS-OXCSTOR] 3.2.5.13.2: a folder not in the table gets a row with the REPLGUID and the change numbers.
        Check("MS-OXCSTOR-R0224", firstSource == database && readFirst.AsSpan().SequenceEqual(first), $"{database}, {first.Length} bytes as written", $"{firstSource}, {readFirst.Length} bytes{(readFirst.AsSpan().SequenceEqual(first) ? " as written" : " that differ")}");

        // [MS-OXCSTOR] 2.2.1.10.2, 3.2.5.10: the folder is now among those cached from that database.
        RopGetPerUserLongTermIdsResponse cached = await client.ExpectAsync<RopGetPerUserLongTermIdsResponse>(new RopGetPerUserLongTermIdsRequest { InputHandleIndex = MailboxClient.LogonIndex, DatabaseGuid = database });
        Check("MS-OXCSTOR-R0080", cached.LongTermIds.Any(l => l.DatabaseGuid == folder.DatabaseGuid && l.GlobalCounter == folder.GlobalCounter), folder, string.Join(", ", cached.LongTermIds));

        // Another source database and a smaller set replace both.
        var otherDatabase = TestValues.NewGuid();
        byte[] second = ChangeNumberSet(otherDatabase, 30);
        await client.WritePerUserInformationAsync(folder, second, otherDatabase);
        Guid secondSource = (await client.ExpectAsync<RopGetPerUserGuidResponse>(new RopGetPerUserGuidRequest { InputHandleIndex = MailboxClient.LogonIndex, LongTermId = folder })).DatabaseGuid;
        byte[] readSecond = (await client.ReadPerUserInformationAsync(folder)).Data;

        // [MS-OXCSTOR] 3.2.5.13.2: the existing row's REPLGUID and change numbers are replaced.
        Check("MS-OXCSTOR-R0223", secondSource == otherDatabase && readSecond.AsSpan().SequenceEqual(second), $"{otherDatabase}, {second.Length} bytes as written", $"{secondSource}, {readSecond.Length} bytes{(readSecond.AsSpan().SequenceEqual(second) ? " as written" : " that differ")}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0226")]
    [Requirement("MS-OXCSTOR-R0225")]
    public async Task On_a_public_logon_a_write_adds_the_user_s_row_and_a_later_one_replaces_it()
    {
        MailboxClient client = await ConnectAsync();
        Guid database = (await client.LogonPublicAsync()).ReplGuid;
        LongTermId folder = NewFolder();
        byte[] first = ChangeNumberSet(database, 700);
        EmptyWhenDone(client, folder, publicLogon: true, null);

        // No ReplGuid on a public folders logon (2.2.1.13.1).
        await client.WritePerUserInformationAsync(folder, first, null, blockSize: 1500);
        byte[] readFirst = (await client.ReadPerUserInformationAsync(folder)).Data;

        // [MS-OXCSTOR] 3.2.5.13.3: a user and folder without a row get one with the change numbers.
        Check("MS-OXCSTOR-R0226", readFirst.AsSpan().SequenceEqual(first), $"{first.Length} bytes as written", $"{readFirst.Length} bytes{(readFirst.AsSpan().SequenceEqual(first) ? " as written" : " that differ")}");

        byte[] second = ChangeNumberSet(database, 30);
        await client.WritePerUserInformationAsync(folder, second, null);
        byte[] readSecond = (await client.ReadPerUserInformationAsync(folder)).Data;

        // [MS-OXCSTOR] 3.2.5.13.3: the existing row's change numbers are replaced.
        Check("MS-OXCSTOR-R0225", readSecond.AsSpan().SequenceEqual(second), $"{second.Length} bytes as written", $"{readSecond.Length} bytes{(readSecond.AsSpan().SequenceEqual(second) ? " as written" : " that differ")}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0221")]
    [Requirement("MS-OXCSTOR-R0220")]
    [Requirement("MS-OXCSTOR-R0219")]
    public async Task A_write_sequence_broken_by_another_offset_or_folder_is_abandoned()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();
        LongTermId otherFolder = NewFolder();
        byte[] stored = ChangeNumberSet(database, 40);
        byte[] replacement = ChangeNumberSet(database, 400);
        ReadOnlyMemory<byte> head = replacement.AsMemory(0, 1000);
        ReadOnlyMemory<byte> tail = replacement.AsMemory(1000);
        EmptyWhenDone(client, otherFolder, publicLogon: false, database);
        await client.WritePerUserInformationAsync(folder, stored, database);

        // A sequence whose second block claims a wrong offset (3.2.5.13.1): the block fails, and the sequence is
        // gone, so even the block with the right offset that should have followed fails too.
        uint start = await WriteBlockAsync(client, folder, 0, head, hasFinished: false, database);
        uint wrongOffset = await WriteBlockAsync(client, folder, (uint)head.Length + 5, tail, hasFinished: true, database);
        uint resumed = await WriteBlockAsync(client, folder, (uint)head.Length, tail, hasFinished: true, database);
        byte[] afterOffset = (await client.ReadPerUserInformationAsync(folder)).Data;

        // A sequence continued under another folder's LongTermID: that block fails, and the first folder's sequence
        // is abandoned as well.
        uint restart = await WriteBlockAsync(client, folder, 0, head, hasFinished: false, database);
        uint otherFolderBlock = await WriteBlockAsync(client, otherFolder, (uint)head.Length, tail, hasFinished: true, database);
        uint backToFirst = await WriteBlockAsync(client, folder, (uint)head.Length, tail, hasFinished: true, database);

        // Read in another session: on this logon the unchanged set would come back empty (2.2.1.12.2).
        MailboxClient reader = await LogonAsync();
        byte[] afterFolder = (await reader.ReadPerUserInformationAsync(folder)).Data;
        Assume.That(start == ErrorCodes.Success && restart == ErrorCodes.Success, "the first block of each sequence is accepted");

        // [MS-OXCSTOR] 3.2.5.13.1: ecError (0x80004005) whenever the break comes with a nonzero DataOffset.
        string codes = $"wrong offset {ErrorCodes.Describe(wrongOffset)}, resumed {ErrorCodes.Describe(resumed)}, other folder {ErrorCodes.Describe(otherFolderBlock)}, back to the first {ErrorCodes.Describe(backToFirst)}";
        bool allFailed = new[] { wrongOffset, resumed, otherFolderBlock, backToFirst }.All(r => r == ErrorCodes.GeneralFailure);
        Check("MS-OXCSTOR-R0221", allFailed, "ecError for each", codes);

        // The blocks of an abandoned sequence are thrown away: the stored set is still the earlier one.
        bool discarded = resumed == ErrorCodes.GeneralFailure && afterOffset.AsSpan().SequenceEqual(stored);
        Check("MS-OXCSTOR-R0220", discarded, $"resuming fails and the {stored.Length} stored bytes stay", $"resumed {ErrorCodes.Describe(resumed)}, {afterOffset.Length} bytes stored");

        bool abandoned = backToFirst == ErrorCodes.GeneralFailure && afterFolder.AsSpan().SequenceEqual(stored);
        Check("MS-OXCSTOR-R0219", abandoned, $"the first folder's sequence is abandoned and the {stored.Length} stored bytes stay", $"back to the first {ErrorCodes.Describe(backToFirst)}, {afterFolder.Length} bytes stored");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0222")]
    public async Task Data_that_is_not_an_IDSET_with_REPLGUID_fails_with_ecCorruptData()
    {
        (MailboxClient client, Guid database, LongTermId folder) = await PrivateFolderAsync();

        // A REPLGUID followed by a byte that is no GLOBSET command ([MS-OXCFXICS] 2.2.2.5).
        byte[] malformed = [.. database.ToByteArray(), 0xFF, 0xFF];
        Assume.That(IsIdSetWithReplGuid(malformed), Is.False);
        uint returnValue = await WriteBlockAsync(client, folder, 0, malformed, hasFinished: true, database);

        // [MS-OXCSTOR] 3.2.5.13.1: SHOULD fail with ecCorruptData, 0x8004011B (note 48 lists other answers).
        CheckReturnValue("MS-OXCSTOR-R0222", ErrorCodes.CorruptData, returnValue);
    }
}
