namespace Conformance.Store.Tests.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopGetStreamSize, RopSetStreamSize and RopSeekStream ([MS-OXCPRPT] 2.2.19 to 2.2.21, 3.2.5.16 to 3.2.5.18).</summary>
public sealed class SizeSeekStreamTests
{
    private const byte Message = 2;
    private const byte Stream = 3;

    private static async Task<StreamClient> StreamOnAsync(StoreHarness harness, byte[] content, OpenStreamModeFlags mode = OpenStreamModeFlags.ReadWrite)
    {
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, StreamClient.MessageBinary, content);
        await client.OpenStreamOkAsync(Message, Stream, StreamClient.MessageBinary, mode);
        return client;
    }

    // [MS-OXCPRPT] 3.2.5.16: the current size, following writes.
    [Test]
    public async Task GetStreamSizeReturnsTheCurrentSize()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1, 2, 3]);
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(3));
        await client.SeekAsync(Stream, SeekStreamOrigin.End, 0);
        await client.WriteOkAsync(Stream, 4, 5);
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(5));
    }

    // [MS-OXCPRPT] 2.2.19: valid only on Stream objects.
    [Test]
    public async Task GetStreamSizeOnAMessageIsNotSupported()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1]);
        Assert.That(await client.ReturnValueAsync(new RopGetStreamSizeRequest { InputHandleIndex = Message }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 3.2.5.17: growing fills with 0x00; the seek pointer stays.
    [Test]
    public async Task SetStreamSizeGrowsWithZeros()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1, 2]);
        StoreHarness.Expect<RopSetStreamSizeResponse>(await client.RunAsync(new RopSetStreamSizeRequest { InputHandleIndex = Stream, StreamSize = 6 }));
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(6));
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.Zero);
        Assert.That(await client.ReadToEndAsync(Stream), Is.EqualTo(new byte[] { 1, 2, 0, 0, 0, 0 }));
    }

    // [MS-OXCPRPT] 3.2.5.17: shrinking discards the bytes past the new end, for good.
    [Test]
    public async Task SetStreamSizeShrinksAndDiscards()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1, 2, 3, 4, 5]);
        StoreHarness.Expect<RopSetStreamSizeResponse>(await client.RunAsync(new RopSetStreamSizeRequest { InputHandleIndex = Stream, StreamSize = 2 }));
        StoreHarness.Expect<RopSetStreamSizeResponse>(await client.RunAsync(new RopSetStreamSizeRequest { InputHandleIndex = Stream, StreamSize = 4 }));
        Assert.That(await client.ReadToEndAsync(Stream), Is.EqualTo(new byte[] { 1, 2, 0, 0 }));
    }

    // [MS-OXCPRPT] 3.2.5.17 changes the stream: not on a read-only one (StreamAccessDenied, as 3.2.5.13 for writes).
    [Test]
    public async Task SetStreamSizeOnAReadOnlyStreamIsStreamAccessDenied()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1], OpenStreamModeFlags.ReadOnly);
        Assert.That(await client.ReturnValueAsync(new RopSetStreamSizeRequest { InputHandleIndex = Stream, StreamSize = 4 }), Is.EqualTo(0x80030005u));
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(1));
    }

    // [MS-OXCPRPT] 2.2.20.1: at most 2^31 bytes; beyond it the store answers TooBig and leaves the size.
    [TestCase(0x80000001UL)]
    [TestCase(ulong.MaxValue)]
    public async Task SetStreamSizeBeyondTheMaximumIsTooBig(ulong size)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1]);
        Assert.That(await client.ReturnValueAsync(new RopSetStreamSizeRequest { InputHandleIndex = Stream, StreamSize = size }), Is.EqualTo(ErrorCodes.TooBig));
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(1));
    }

    // [MS-OXCPRPT] 2.2.21.1: Offset counts from the start, the seek pointer or the end, and may be negative;
    // 2.2.21.2: NewPosition is from the start.
    [TestCase(SeekStreamOrigin.Beginning, 3L, 3UL)]
    [TestCase(SeekStreamOrigin.Current, 2L, 6UL)]
    [TestCase(SeekStreamOrigin.Current, -4L, 0UL)]
    [TestCase(SeekStreamOrigin.End, -3L, 7UL)]
    [TestCase(SeekStreamOrigin.End, 0L, 10UL)]
    public async Task SeekMovesFromTheOrigin(SeekStreamOrigin origin, long offset, ulong expected)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, new byte[10]);
        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 4);
        Assert.That(await client.SeekAsync(Stream, origin, offset), Is.EqualTo(expected));
    }

    // [MS-OXCPRPT] 2.2.21: Origin Current with Offset 0 reports the seek pointer without moving it.
    [Test]
    public async Task SeekCurrentZeroReportsThePointer()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, new byte[10]);
        await client.ReadAsync(Stream, 7);
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.EqualTo(7));
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.EqualTo(7));
    }

    // [MS-OXCPRPT] 3.2.5.18 error table: StreamSeekError (0x80030019) before the start; the pointer stays.
    [Test]
    public async Task SeekBeforeTheStartIsStreamSeekError()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, new byte[10]);
        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 5);
        Assert.That(await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = Stream, Origin = SeekStreamOrigin.Current, Offset = -6 }), Is.EqualTo(0x80030019u));
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.EqualTo(5));
    }

    // [MS-OXCPRPT] 3.2.5.18: beyond 2^31 is StreamSeekError (MUST); exactly 2^31 is the maximum size, not beyond it.
    // The store's default limit is lower (a resource limit); this runs with the specification's full range on a
    // read-only stream, which seeking does not grow.
    [Test]
    public async Task SeekBeyondTwoToThe31IsStreamSeekError()
    {
        await using var harness = new StoreHarness(new StoreOptions { MaximumStreamSize = StoreOptions.SpecificationMaximumStreamSize });
        StreamClient client = await StreamOnAsync(harness, new byte[10], OpenStreamModeFlags.ReadOnly);
        Assert.That(await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = Stream, Origin = SeekStreamOrigin.Beginning, Offset = 0x80000001 }), Is.EqualTo(0x80030019u));
        Assert.That(await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = Stream, Origin = SeekStreamOrigin.End, Offset = long.MaxValue }), Is.EqualTo(0x80030019u));
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 0x80000000), Is.EqualTo(0x80000000UL));
    }

    // [MS-OXCPRPT] 3.2.5.18: beyond the (configured) maximum stream size is StreamSeekError.
    [Test]
    public async Task SeekBeyondTheConfiguredMaximumIsStreamSeekError()
    {
        await using var harness = new StoreHarness(new StoreOptions { MaximumStreamSize = 100 });
        StreamClient client = await StreamOnAsync(harness, new byte[10]);
        Assert.That(await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = Stream, Origin = SeekStreamOrigin.Beginning, Offset = 101 }), Is.EqualTo(0x80030019u));
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 100), Is.EqualTo(100));
    }

    // [MS-OXCPRPT] 3.2.5.18 error table: StreamInvalidParam (0x80030057) for an Origin not in 2.2.21.1.
    [TestCase((byte)0x03)]
    [TestCase((byte)0xFF)]
    public async Task UndefinedOriginIsStreamInvalidParam(byte origin)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, new byte[10]);
        Assert.That(await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = Stream, Origin = (SeekStreamOrigin)origin, Offset = 0 }), Is.EqualTo(0x80030057u));
    }

    // [MS-OXCPRPT] 3.2.5.18: seeking past the end extends the stream with zeros to the new pointer.
    [Test]
    public async Task SeekPastTheEndExtendsWithZeros()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1, 2]);
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.End, 3), Is.EqualTo(5));
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(5));
        await client.WriteOkAsync(Stream, 6);
        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, 0);
        Assert.That(await client.ReadToEndAsync(Stream), Is.EqualTo(new byte[] { 1, 2, 0, 0, 0, 6 }));
    }

    // A read-only stream cannot change: seeking past its end moves the pointer only, and reading there gives nothing.
    [Test]
    public async Task SeekPastTheEndOfAReadOnlyStreamDoesNotGrowIt()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1, 2], OpenStreamModeFlags.ReadOnly);
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.End, 3), Is.EqualTo(5));
        Assert.That(await client.SizeAsync(Stream), Is.EqualTo(2));
        Assert.That((await client.ReadAsync(Stream, 10)).Data.Count, Is.Zero);
    }

    // [MS-OXCPRPT] 2.2.21: valid only on Stream objects.
    [Test]
    public async Task SeekOnAMessageIsNotSupported()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamOnAsync(harness, [1]);
        Assert.That(await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = Message, Origin = SeekStreamOrigin.Beginning }), Is.EqualTo(ErrorCodes.NotSupported));
    }
}
