namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Rops.Stream;

/// <summary>[MS-OXCPRPT] 3.2.5.16, 3.2.5.17: RopGetStreamSize and RopSetStreamSize.</summary>
[TestFixture]
public sealed class SizeStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0218")]
    public async Task GetStreamSize_reports_the_size_after_each_change()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(10), OpenStreamModeFlags.ReadWrite);
        var sizes = new List<uint> { await client.GetStreamSizeAsync(StreamIndex) };
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.End, 0);
        client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, Pattern(5, 0xA0)));
        sizes.Add(await client.GetStreamSizeAsync(StreamIndex));
        await client.SetStreamSizeAsync(StreamIndex, 4);
        sizes.Add(await client.GetStreamSizeAsync(StreamIndex));
        await client.SetStreamSizeAsync(StreamIndex, 30);
        sizes.Add(await client.GetStreamSizeAsync(StreamIndex));

        // [MS-OXCPRPT] 3.2.5.16: 10 bytes opened, 5 written at the end, then sizes set to 4 and 30.
        uint[] expected = [10, 15, 4, 30];
        Check("MS-OXCPRPT-R0218", sizes.SequenceEqual(expected), string.Join(", ", expected), string.Join(", ", sizes));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0219")]
    public async Task Growing_a_stream_fills_the_new_bytes_with_zeros()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(8, 1), OpenStreamModeFlags.ReadWrite);

        // Shrinking first puts old bytes (4 to 8) where the grown region will be; they must not come back.
        await client.SetStreamSizeAsync(StreamIndex, 3);
        await client.SetStreamSizeAsync(StreamIndex, 12);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 0);
        byte[] content = await client.ReadStreamToEndAsync(StreamIndex);

        // [MS-OXCPRPT] 3.2.5.17: the three bytes kept, then nine 0x00.
        byte[] expected = [1, 2, 3, .. new byte[9]];
        CheckEqual("MS-OXCPRPT-R0219", Hex(expected), Hex(content));
    }
}
