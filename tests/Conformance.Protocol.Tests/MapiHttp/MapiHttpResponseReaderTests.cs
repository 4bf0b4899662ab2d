namespace Conformance.Protocol.Tests.MapiHttp;

using System.Text;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.MapiHttp;

/// <summary>The common response format ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7) read from streams split in every way.</summary>
public sealed class MapiHttpResponseReaderTests
{
    private static readonly byte[] Body = [0x00, 0x0D, 0x0A, 0x0D, 0x0A, 0xFF];

    private static byte[] Stream(string head, byte[]? body = null) =>
        [.. Encoding.ASCII.GetBytes(head), .. body ?? []];

    private static Task<MapiHttpResponse> Read(byte[] bytes, MapiHttpResponseReaderLimits? limits = null, int chunk = int.MaxValue) =>
        MapiHttpResponseReader.ReadAsync(new ChunkedStream(bytes, chunk), limits);

    private static async Task<ProtocolException> Fails(Func<Task> read)
    {
        try
        {
            await read();
        }
        catch (ProtocolException e)
        {
            return e;
        }

        throw new AssertionException("no ProtocolException was raised");
    }

    [Test]
    public async Task ReadsTagsHeadersAndBinaryBody()
    {
        byte[] bytes = Stream("PROCESSING\r\nPENDING\r\nDONE\r\nX-ElapsedTime: 12\r\nX-StartTime: Mon, 01 Jan 2024 00:00:00 GMT\r\n\r\n", Body);
        MapiHttpResponse r = await Read(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(r.MetaTags, Is.EqualTo(new[] { MapiHttpMetaTag.Processing, MapiHttpMetaTag.Pending, MapiHttpMetaTag.Done }));
            Assert.That(r.GetHeader("x-elapsedtime"), Is.EqualTo("12"));
            Assert.That(r.GetHeader(MapiHttpHeaders.StartTime), Is.EqualTo("Mon, 01 Jan 2024 00:00:00 GMT"));
            Assert.That(r.Body, Is.EqualTo(Body));
        });
    }

    [Test]
    public async Task OneByteReadsGiveTheSameResult()
    {
        byte[] bytes = Stream("PROCESSING\r\nPENDING\r\nPENDING\r\nDONE\r\nX-ElapsedTime: 3\r\n\r\n", Body);
        MapiHttpResponse r = await Read(bytes, chunk: 1);
        Assert.Multiple(() =>
        {
            Assert.That(r.PendingCount, Is.EqualTo(2));
            Assert.That(r.GetHeader("X-ElapsedTime"), Is.EqualTo("3"));
            Assert.That(r.Body, Is.EqualTo(Body));
        });
    }

    [Test]
    public async Task ManyPendingLinesAreAcceptedUpToTheLimit()
    {
        string pendings = string.Concat(Enumerable.Repeat("PENDING\r\n", 5000));
        MapiHttpResponse r = await Read(Stream("PROCESSING\r\n" + pendings + "DONE\r\n\r\n"), chunk: 7);
        Assert.That(r.PendingCount, Is.EqualTo(5000));

        byte[] tooMany = Stream("PROCESSING\r\n" + pendings + "DONE\r\n\r\n");
        ProtocolException e = await Fails(() => Read(tooMany, new MapiHttpResponseReaderLimits { MaxPendingCount = 100 }));
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("MetaTag", 12 + (100 * 9), ProtocolErrorKind.CountTooLarge)));
    }

    [Test]
    public async Task MissingDoneIsTruncatedAtTheEnd()
    {
        byte[] bytes = Stream("PROCESSING\r\nPENDING\r\n");
        ProtocolException e = await Fails(() => Read(bytes, chunk: 3));
        Assert.That((e.Structure, e.Field, e.Offset, e.Kind), Is.EqualTo((MapiHttpResponseReader.StructureName, "MetaTag", bytes.Length, ProtocolErrorKind.Truncated)));
    }

    [Test]
    public async Task MissingEmptyLineAfterHeadersIsTruncated()
    {
        byte[] bytes = Stream("PROCESSING\r\nDONE\r\nX-ElapsedTime: 1\r\n");
        ProtocolException e = await Fails(() => Read(bytes));
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("AdditionalHeader", bytes.Length, ProtocolErrorKind.Truncated)));
    }

    [Test]
    public async Task OverLongLineFailsWithoutWaitingForItsEnd()
    {
        byte[] bytes = Stream("PROCESSING\r\n" + new string('P', 10_000));
        ProtocolException e = await Fails(() => Read(bytes, new MapiHttpResponseReaderLimits { MaxLineLength = 64 }, chunk: 16));
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("MetaTag", 12, ProtocolErrorKind.CountTooLarge)));
    }

    [Test]
    public async Task BareLineFeedIsRejected()
    {
        ProtocolException e = await Fails(() => Read(Stream("PROCESSING\nDONE\r\n\r\n")));
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("MetaTag", 10, ProtocolErrorKind.InvalidValue)));
    }

    [Test]
    public async Task UnknownOrMisorderedMetaTagsAreRejected()
    {
        ProtocolException unknown = await Fails(() => Read(Stream("PROCESSING\r\nWAITING\r\n")));
        ProtocolException noProcessing = await Fails(() => Read(Stream("DONE\r\n\r\n")));
        Assert.Multiple(() =>
        {
            Assert.That((unknown.Offset, unknown.Kind), Is.EqualTo((12, ProtocolErrorKind.InvalidValue)));
            Assert.That((noProcessing.Offset, noProcessing.Kind), Is.EqualTo((0, ProtocolErrorKind.InvalidValue)));
        });
    }

    [Test]
    public async Task HeaderLineWithoutColonIsRejected()
    {
        ProtocolException e = await Fails(() => Read(Stream("PROCESSING\r\nDONE\r\nX-ElapsedTime 1\r\n\r\n")));
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("AdditionalHeader", 18, ProtocolErrorKind.InvalidValue)));
    }

    [Test]
    public async Task OversizedBodyIsRejectedAtTheLimit()
    {
        byte[] bytes = Stream("PROCESSING\r\nDONE\r\n\r\n", new byte[100]);
        ProtocolException e = await Fails(() => Read(bytes, new MapiHttpResponseReaderLimits { MaxBodySize = 40 }, chunk: 9));
        Assert.That((e.Field, e.Offset, e.Kind), Is.EqualTo(("Body", 20 + 40, ProtocolErrorKind.CountTooLarge)));
    }

    [Test]
    public async Task CancellationEndsAWaitOnAStalledStream()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var stalled = new StalledStream(Stream("PROCESSING\r\nPENDING\r\n"));
        await Assert.CatchAsync<OperationCanceledException>(() => MapiHttpResponseReader.ReadAsync(stalled, cancellationToken: cts.Token));
    }

    [Test]
    public async Task WriterOutputReadsBack()
    {
        using var buffer = new MemoryStream();
        using (var writer = new MapiHttpResponseWriter(buffer))
        {
            await writer.WriteProcessingAsync();
            await writer.WritePendingAsync();
            await writer.WriteDoneAsync([new(MapiHttpHeaders.ElapsedTime, "7")], Body);
            await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WritePendingAsync());
        }

        byte[] expected = Stream("PROCESSING\r\nPENDING\r\nDONE\r\nX-ElapsedTime: 7\r\n\r\n", Body);
        Assert.That(buffer.ToArray(), Is.EqualTo(expected));
        MapiHttpResponse r = await Read(buffer.ToArray(), chunk: 1);
        Assert.That(r.Body, Is.EqualTo(Body));
    }

    [Test]
    public async Task WriterRefusesPendingBeforeProcessingAndHeaderInjection()
    {
        using var writer = new MapiHttpResponseWriter(new MemoryStream());
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WritePendingAsync());
        Assert.Throws<ArgumentException>(() => writer.WriteDoneAsync([new("X-A", "1\r\nX-B: 2")], Body));
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, as a network might.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }

    /// <summary>Gives its bytes, then waits forever as a hung server would.</summary>
    private sealed class StalledStream(byte[] data) : MemoryStream(data)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int n = await base.ReadAsync(buffer, cancellationToken);
            if (n > 0)
            {
                return n;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }
}
