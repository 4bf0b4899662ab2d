namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Rops.Stream;

/// <summary>[MS-OXCPRPT] 2.2.27, 3.2.5.24: RopCloneStream gives a second Stream object on the same bytes.</summary>
[TestFixture]
public sealed class CloneStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0242")]
    [Requirement("MS-OXCPRPT-R0243")]
    [Requirement("MS-OXCPRPT-R0244")]
    [Requirement("MS-OXCPRPT-R0245")]
    [Requirement("MS-OXCPRPT-R0246")]
    public async Task A_clone_shares_the_bytes_and_starts_at_the_source_pointer_but_moves_on_its_own()
    {
        byte[] value = Pattern(20);
        MailboxClient client = await StreamOnMessageAsync(value, OpenStreamModeFlags.ReadWrite);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 7);

        // [MS-OXCPRPT] 3.2.5.24 (<18>: Exchange 2003 and 2007 implement it).
        uint cloned = await client.CloneStreamAsync(StreamIndex, SecondStreamIndex);
        RecordOptionalRop("MS-OXCPRPT-R0242", "RopCloneStream", cloned, "MS-OXCPRPT-R0243", "MS-OXCPRPT-R0244", "MS-OXCPRPT-R0245", "MS-OXCPRPT-R0246");

        ulong cloneStart = await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Current, 0);
        CheckEqual("MS-OXCPRPT-R0245", 7UL, cloneStart, "the clone's pointer after RopCloneStream with the source at 7");

        // Each pointer moves alone: the clone to 0, then the source to 12.
        await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Beginning, 0);
        ulong sourceAfterCloneSeek = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 12);
        ulong cloneAfterSourceSeek = await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Current, 0);
        Check(
            "MS-OXCPRPT-R0246",
            sourceAfterCloneSeek == 7 && cloneAfterSourceSeek == 0,
            "source stays at 7 when the clone moves to 0; clone stays at 0 when the source moves to 12",
            $"source at {sourceAfterCloneSeek}; clone at {cloneAfterSourceSeek}");

        byte[] cloneContent = await client.ReadStreamToEndAsync(SecondStreamIndex);
        CheckEqual("MS-OXCPRPT-R0243", Hex(value), Hex(cloneContent), "the clone's bytes against the source's");

        // A write through either object shows through the other at once.
        client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, 0xF0));
        await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Beginning, 12);
        byte[] seenByClone = (await client.ReadStreamAsync(SecondStreamIndex, 1)).Data.ToArray();
        await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Beginning, 0);
        client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(SecondStreamIndex, 0xF1));
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 0);
        byte[] seenBySource = (await client.ReadStreamAsync(StreamIndex, 1)).Data.ToArray();
        Check(
            "MS-OXCPRPT-R0244",
            seenByClone.SequenceEqual([(byte)0xF0]) && seenBySource.SequenceEqual([(byte)0xF1]),
            "clone reads F0 written by the source at 12; source reads F1 written by the clone at 0",
            $"clone reads {Hex(seenByClone)}; source reads {Hex(seenBySource)}");
    }
}
