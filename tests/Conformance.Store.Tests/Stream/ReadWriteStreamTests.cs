namespace Conformance.Store.Tests.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopReadStream, RopWriteStream and RopWriteStreamExtended ([MS-OXCPRPT] 2.2.15 to 2.2.17, 3.2.5.12 to 3.2.5.14).</summary>
public sealed class ReadWriteStreamTests
{
    private const byte Message = 2;
    private const byte Stream = 3;

    private static readonly byte[] Ten = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    private static async Task<StreamClient> StreamOnAsync(StoreHarness harness, byte[] content, OpenStreamModeFlags mode = OpenStreamModeFlags.ReadWrite)
    {
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, StreamClient.MessageBinary, content);
        await client.OpenStreamOkAsync(Message, Stream, StreamClient.MessageBinary, mode);
        return client;
    }

    // [MS-OXCPRPT] 3.2.5.12: reading starts at the seek pointer, which moves past what was read, never more than
    // ByteCount; 3.1.4.5: DataSize 0 marks the end.
    [Test]
    public async Task ReadsFromTheSeekPointerAndMovesIt()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, Ten);

        Assert.That((await client.ReadAsync(Stream, 4)).Data.ToArray(), Is.EqualTo(new byte[] { 0, 1, 2, 3 }));
        Assert.That((await client.ReadAsync(Stream, 4)).Data.ToArray(), Is.EqualTo(new byte[] { 4, 5, 6, 7 }));
        Assert.That((await client.ReadAsync(Stream, 4)).Data.ToArray(), Is.EqualTo(new byte[] { 8, 9 }));
        Assert.That((await client.ReadAsync(Stream, 4)).Data.Count, Is.Zero);
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.EqualTo(10));
    }

    // [MS-OXCPRPT] 2.2.15.1, 3.2.5.12: ByteCount 0xBABE means MaximumByteCount is the limit.
    [Test]
    public async Task BabeReadsUpToMaximumByteCount()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, Ten);
        RopReadStreamResponse response = await client.ReadAsync(Stream, RopReadStreamRequest.UseMaximumByteCount, 3);
        Assert.That(response.Data.ToArray(), Is.EqualTo(new byte[] { 0, 1, 2 }));
    }

    // [MS-OXCPRPT] 2.2.15.1: MaximumByteCount can exceed what one response holds; the store returns what fits and
    // moves the seek pointer by that much, so the client reads on.
    [Test]
    public async Task BabeReadReturnsWhatFitsTheOutputBuffer()
    {
        await using var harness = new StoreHarness();
        byte[] content = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        StreamClient client = await StreamOnAsync(harness, content);

        IReadOnlyList<RopResponse> responses = await client.RunAllAsync(1000, new RopReadStreamRequest
        {
            InputHandleIndex = Stream, ByteCount = RopReadStreamRequest.UseMaximumByteCount, MaximumByteCount = 100000,
        });
        var first = (RopReadStreamResponse)responses.Single();
        Assert.That(first.ReturnValue, Is.Zero);
        Assert.That(first.Data.Count, Is.InRange(1, 999));
        byte[] rest = await client.ReadToEndAsync(Stream);
        Assert.That(first.Data.ToArray().Concat(rest), Is.EqualTo(content));
    }

    // [MS-OXCPRPT] 3.2.5.12: a failed read carries DataSize 0.
    [Test]
    public async Task FailedReadHasNoData()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        RopReadStreamResponse response = await client.ReadAsync(Stream, 10);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.NullObject));
            Assert.That(response.Data.Count, Is.Zero);
        });
    }

    // [MS-OXCPRPT] 3.2.5.12: never more than ByteCount bytes.
    [Test]
    public async Task ZeroByteCountReadsNothing()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, Ten);
        Assert.That((await client.ReadAsync(Stream, 0)).Data.Count, Is.Zero);
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.Zero);
    }

    // [MS-OXCPRPT] 3.2.5.13: writing starts at the seek pointer, which moves past what was written; 2.2.16.2 WrittenSize.
    [Test]
    public async Task WritesAtTheSeekPointerAndMovesIt()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, Ten);
        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 3);
        await client.WriteOkAsync(Stream, 0xAA, 0xBB);
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.EqualTo(5));
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(10), "overwriting inside keeps the size");

        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 0);
        Assert.That(await client.ReadToEndAsync(Stream), Is.EqualTo(new byte[] { 0, 1, 2, 0xAA, 0xBB, 5, 6, 7, 8, 9 }));
    }

    // [MS-OXCPRPT] 3.2.5.13: writing past the end extends the stream.
    [Test]
    public async Task WritingPastTheEndExtendsTheStream()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1, 2]);
        await client.SeekAsync(Stream, SeekStreamOrigin.End, 0);
        await client.WriteOkAsync(Stream, 3, 4, 5);
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(5));
    }

    // [MS-OXCPRPT] 3.2.5.13 error table: StreamAccessDenied (0x80030005) on a read-only stream; nothing is written.
    [Test]
    public async Task WriteOnAReadOnlyStreamIsStreamAccessDenied()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, Ten, OpenStreamModeFlags.ReadOnly);
        RopWriteStreamResponse response = await client.WriteAsync(Stream, 1, 2, 3);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(0x80030005u));
            Assert.That(response.WrittenSize, Is.Zero);
        });
        Assert.That(await client.ValueAsync(Message, StreamClient.MessageBinary), Is.EqualTo(Ten));
    }

    // [MS-OXCPRPT] 3.2.5.13: a write that would pass the maximum stream size writes what fits and reports TooBig
    // with the count written; <12>: Exchange 2003/2007 report StreamSizeError (StoreOptions.ShortWriteError).
    [TestCase(StreamShortWriteError.TooBig, ErrorCodes.TooBig)]
    [TestCase(StreamShortWriteError.StreamSizeError, ErrorCodes.StreamSizeError)]
    public async Task WritePastTheMaximumSizeIsAShortWrite(StreamShortWriteError choice, uint expected)
    {
        await using var harness = new StoreHarness(new StoreOptions { MaximumStreamSize = 16, ShortWriteError = choice });
        StreamClient client = await StreamOnAsync(harness, Ten);
        await client.SeekAsync(Stream, SeekStreamOrigin.End, 0);
        RopWriteStreamResponse response = await client.WriteAsync(Stream, new byte[10]);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(expected));
            Assert.That(response.WrittenSize, Is.EqualTo(6));
        });
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(16));
    }

    // [MS-OXCPRPT] 3.2.5.14: RopWriteStreamExtended is processed as RopWriteStream; 2.2.17.2: a 4-byte WrittenSize.
    [Test]
    public async Task WriteStreamExtendedWritesLikeWriteStream()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, Ten);
        var response = (RopWriteStreamExtendedResponse)await client.RunAsync(new RopWriteStreamExtendedRequest { InputHandleIndex = Stream, Data = new byte[] { 7, 7, 7 } });
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.Zero);
            Assert.That(response.WrittenSize, Is.EqualTo(3u));
        });
        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 0);
        Assert.That((await client.ReadAsync(Stream, 4)).Data.ToArray(), Is.EqualTo(new byte[] { 7, 7, 7, 3 }));
    }

    // [MS-OXCPRPT] 3.2.5.14 with 3.2.5.13: the same StreamAccessDenied on a read-only stream.
    [Test]
    public async Task WriteStreamExtendedOnAReadOnlyStreamIsStreamAccessDenied()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, Ten, OpenStreamModeFlags.ReadOnly);
        var response = (RopWriteStreamExtendedResponse)await client.RunAsync(new RopWriteStreamExtendedRequest { InputHandleIndex = Stream, Data = new byte[] { 1 } });
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(0x80030005u));
            Assert.That(response.WrittenSize, Is.Zero);
        });
    }

    // [MS-OXCPRPT] 3.2.5.14 with 3.2.5.13: the same short write past the maximum size.
    [Test]
    public async Task WriteStreamExtendedPastTheMaximumSizeIsTooBig()
    {
        await using var harness = new StoreHarness(new StoreOptions { MaximumStreamSize = 12 });
        StreamClient client = await StreamOnAsync(harness, Ten);
        await client.SeekAsync(Stream, SeekStreamOrigin.End, 0);
        var response = (RopWriteStreamExtendedResponse)await client.RunAsync(new RopWriteStreamExtendedRequest { InputHandleIndex = Stream, Data = new byte[5] });
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.TooBig));
            Assert.That(response.WrittenSize, Is.EqualTo(2u));
        });
    }

    // [MS-OXCPRPT] 4.4.2: the example writes 11797 bytes in one RopWriteStream and gets WrittenSize 11797.
    [Test]
    public async Task ExampleLargeWriteReportsItsSize()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, []);
        RopWriteStreamResponse response = await client.WriteAsync(Stream, new byte[11797]);
        Assert.That(response.WrittenSize, Is.EqualTo(11797));
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(11797));
    }
}
