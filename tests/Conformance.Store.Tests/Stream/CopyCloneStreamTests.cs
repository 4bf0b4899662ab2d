namespace Conformance.Store.Tests.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopCopyToStream, RopWriteAndCommitStream and RopCloneStream ([MS-OXCPRPT] 2.2.22, 2.2.26, 2.2.27, 3.2.5.19, 3.2.5.23, 3.2.5.24).</summary>
public sealed class CopyCloneStreamTests
{
    private const byte Folder = 1;
    private const byte Message = 2;
    private const byte Source = 3;
    private const byte Destination = 4;

    private static readonly PropertyTag Other = new(0x1013, PropertyType.PtypBinary);

    /// <summary>A message with two streams: Source on [1..6], Destination on [0xA, 0xB, 0xC].</summary>
    private static async Task<StreamClient> TwoStreamsAsync(StoreHarness harness, OpenStreamModeFlags destinationMode = OpenStreamModeFlags.ReadWrite)
    {
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, StreamClient.MessageBinary, [1, 2, 3, 4, 5, 6]);
        await client.SetAsync(Message, Other, [0xA, 0xB, 0xC]);
        await client.OpenStreamOkAsync(Message, Source, StreamClient.MessageBinary, OpenStreamModeFlags.ReadOnly);
        await client.OpenStreamOkAsync(Message, Destination, Other, destinationMode);
        return client;
    }

    private static Task<RopResponse> CopyAsync(StreamClient client, ulong byteCount, byte destination = Destination) =>
        client.RunAsync(new RopCopyToStreamRequest { SourceHandleIndex = Source, DestHandleIndex = destination, ByteCount = byteCount });

    // [MS-OXCPRPT] 2.2.22, 3.2.5.19: bytes go from the source's seek pointer to the destination's; both pointers move
    // by the count copied; 2.2.22.2: ReadByteCount and WrittenByteCount.
    [Test]
    public async Task CopiesBetweenTheSeekPointersAndMovesBoth()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        await client.SeekAsync(Source, SeekStreamOrigin.Beginning, 2);
        await client.SeekAsync(Destination, SeekStreamOrigin.Beginning, 1);

        var response = (RopCopyToStreamResponse)await CopyAsync(client, 3);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.Zero);
            Assert.That(response.ReadByteCount, Is.EqualTo(3));
            Assert.That(response.WrittenByteCount, Is.EqualTo(3));
        });
        Assert.That(await client.SeekAsync(Source, SeekStreamOrigin.Current, 0), Is.EqualTo(5));
        Assert.That(await client.SeekAsync(Destination, SeekStreamOrigin.Current, 0), Is.EqualTo(4));
        await client.SeekAsync(Destination, SeekStreamOrigin.Beginning, 0);
        Assert.That(await client.ReadToEndAsync(Destination), Is.EqualTo(new byte[] { 0xA, 3, 4, 5 }));
    }

    // [MS-OXCPRPT] 2.2.22.2: the counts say what was read; the end of the source stops the copy early.
    [Test]
    public async Task CopyStopsAtTheEndOfTheSource()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        await client.SeekAsync(Source, SeekStreamOrigin.Beginning, 4);
        var response = (RopCopyToStreamResponse)await CopyAsync(client, ulong.MaxValue);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.Zero);
            Assert.That(response.ReadByteCount, Is.EqualTo(2));
            Assert.That(response.WrittenByteCount, Is.EqualTo(2));
        });
    }

    // [MS-OXCPRPT] 3.2.5.19 error table and 2.2.22.2: NullDestinationObject (0x00000503) when the destination handle
    // names no object, with DestHandleIndex echoed in 4 bytes.
    [TestCase((byte)7)]
    [TestCase((byte)200)]
    public async Task MissingDestinationIsNullDestinationObject(byte destination)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        var response = (RopCopyToStreamNullDestinationResponse)await CopyAsync(client, 2, destination);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.NullDestinationObject));
            Assert.That(response.DestHandleIndex, Is.EqualTo((uint)destination));
            Assert.That(response.SourceHandleIndex, Is.EqualTo(Source));
        });
        Assert.That(await client.SeekAsync(Source, SeekStreamOrigin.Current, 0), Is.Zero, "nothing was copied");
    }

    // [MS-OXCPRPT] 3.2.5.13 applies to the destination's write: StreamAccessDenied on a read-only destination.
    [Test]
    public async Task ReadOnlyDestinationIsStreamAccessDenied()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness, OpenStreamModeFlags.ReadOnly);
        var response = (RopCopyToStreamResponse)await CopyAsync(client, 2);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(0x80030005u));
            Assert.That(response.WrittenByteCount, Is.Zero);
        });
    }

    // [MS-OXCPRPT] 2.2.22: both objects are Stream objects; a folder as destination is NotSupported (normal layout).
    [Test]
    public async Task NonStreamDestinationIsNotSupported()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        var response = (RopCopyToStreamResponse)await CopyAsync(client, 2, Message);
        Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 3.2.5.13 applies to the destination: the maximum stream size cuts the copy short (TooBig).
    [Test]
    public async Task CopyPastTheMaximumSizeIsAShortWrite()
    {
        await using var harness = new StoreHarness(new StoreOptions { MaximumStreamSize = 6 });
        StreamClient client = await TwoStreamsAsync(harness);
        await client.SeekAsync(Destination, SeekStreamOrigin.End, 0);
        var response = (RopCopyToStreamResponse)await CopyAsync(client, 6);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.TooBig));
            Assert.That(response.ReadByteCount, Is.EqualTo(6));
            Assert.That(response.WrittenByteCount, Is.EqualTo(3));
        });
        Assert.That(await client.SeekAsync(Source, SeekStreamOrigin.Current, 0), Is.EqualTo(3), "the source moves by what was copied");
    }

    // [MS-OXCPRPT] 3.2.5.19 SHOULD and <13> (StoreOptions.ImplementCopyToStream): without it, NotSupported.
    [Test]
    public async Task CopyToStreamCanBeLeftUnimplemented()
    {
        await using var harness = new StoreHarness(new StoreOptions { ImplementCopyToStream = false });
        StreamClient client = await TwoStreamsAsync(harness);
        Assert.That(((IRopResult)await CopyAsync(client, 2)).ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 2.2.26, 3.2.5.23: RopWriteStream then RopCommitStream; the value reaches the message's working copy.
    [Test]
    public async Task WriteAndCommitWritesAndCommits()
    {
        await using var harness = new StoreHarness(new StoreOptions { MessageStreamWriteThrough = false });
        StreamClient client = await TwoStreamsAsync(harness);
        var response = (RopWriteAndCommitStreamResponse)await client.RunAsync(new RopWriteAndCommitStreamRequest { InputHandleIndex = Destination, Data = new byte[] { 7, 8 } });
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.Zero);
            Assert.That(response.WrittenSize, Is.EqualTo(2));
        });
        Assert.That(await client.ValueAsync(Message, Other), Is.EqualTo(new byte[] { 7, 8, 0xC }));
    }

    // [MS-OXCPRPT] 3.2.5.23 first processes the write (3.2.5.13): StreamAccessDenied on a read-only stream.
    [Test]
    public async Task WriteAndCommitOnAReadOnlyStreamIsStreamAccessDenied()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        var response = (RopWriteAndCommitStreamResponse)await client.RunAsync(new RopWriteAndCommitStreamRequest { InputHandleIndex = Source, Data = new byte[] { 7 } });
        Assert.That(response.ReturnValue, Is.EqualTo(0x80030005u));
    }

    // [MS-OXCPRPT] 2.2.26: not for a stream on a folder property; the store refuses with NotSupported.
    [Test]
    public async Task WriteAndCommitOnAFolderStreamIsNotSupported()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.OpenFolderAsync(Folder, client.Folders.Inbox);
        await client.OpenStreamOkAsync(Folder, Source, StreamClient.FolderBinary, OpenStreamModeFlags.Create);
        var response = (RopWriteAndCommitStreamResponse)await client.RunAsync(new RopWriteAndCommitStreamRequest { InputHandleIndex = Source, Data = new byte[] { 7 } });
        Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 3.2.5.23 MAY and <17> (StoreOptions.ImplementWriteAndCommitStream): without it, NotSupported.
    [Test]
    public async Task WriteAndCommitCanBeLeftUnimplemented()
    {
        await using var harness = new StoreHarness(new StoreOptions { ImplementWriteAndCommitStream = false });
        StreamClient client = await TwoStreamsAsync(harness);
        var response = (RopWriteAndCommitStreamResponse)await client.RunAsync(new RopWriteAndCommitStreamRequest { InputHandleIndex = Destination, Data = new byte[] { 7 } });
        Assert.That(response.ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 2.2.27, 3.2.5.24: the clone shows the same bytes, changes through either are seen by the other,
    // and its seek pointer starts at the source's, then moves on its own.
    [Test]
    public async Task CloneSharesTheBytesButNotTheSeekPointer()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        await client.SeekAsync(Destination, SeekStreamOrigin.Beginning, 1);
        StoreHarness.Expect<RopCloneStreamResponse>(await client.RunAsync(new RopCloneStreamRequest { InputHandleIndex = Destination, OutputHandleIndex = 5 }));
        Assert.That(await client.SeekAsync(5, SeekStreamOrigin.Current, 0), Is.EqualTo(1), "starts at the source's pointer");

        await client.WriteOkAsync(5, 0xEE);
        Assert.That(await client.SeekAsync(Destination, SeekStreamOrigin.Current, 0), Is.EqualTo(1), "the source's pointer did not move");
        Assert.That((await client.ReadAsync(Destination, 1)).Data.ToArray(), Is.EqualTo(new byte[] { 0xEE }), "the clone's write is visible");

        await client.SeekAsync(Destination, SeekStreamOrigin.End, 0);
        await client.WriteOkAsync(Destination, 0xDD);
        Assert.That(await client.SizeAsync(5), Is.EqualTo(4), "the source's write is visible to the clone");
    }

    // A clone copies the source's access: a clone of a read-only stream cannot write.
    [Test]
    public async Task CloneOfAReadOnlyStreamIsReadOnly()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        StoreHarness.Expect<RopCloneStreamResponse>(await client.RunAsync(new RopCloneStreamRequest { InputHandleIndex = Source, OutputHandleIndex = 5 }));
        Assert.That((await client.WriteAsync(5, 1)).ReturnValue, Is.EqualTo(0x80030005u));
    }

    // [MS-OXCPRPT] 2.2.27: valid only on Stream objects.
    [Test]
    public async Task CloneOfAMessageIsNotSupported()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await TwoStreamsAsync(harness);
        Assert.That(await client.ReturnValueAsync(new RopCloneStreamRequest { InputHandleIndex = Message, OutputHandleIndex = 5 }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 3.2.5.24 MAY and <18> (StoreOptions.ImplementCloneStream): without it, NotSupported.
    [Test]
    public async Task CloneCanBeLeftUnimplemented()
    {
        await using var harness = new StoreHarness(new StoreOptions { ImplementCloneStream = false });
        StreamClient client = await TwoStreamsAsync(harness);
        Assert.That(await client.ReturnValueAsync(new RopCloneStreamRequest { InputHandleIndex = Source, OutputHandleIndex = 5 }), Is.EqualTo(ErrorCodes.NotSupported));
    }
}
