namespace Conformance.Adapters.Tests.MapiHttp;

using System.Diagnostics;
using Conformance.Adapters.MapiHttp;
using Conformance.Protocol.MapiHttp;

/// <summary>
/// Servers that misbehave on Execute (after a good Connect) or on Connect: each ends with a <see cref="MapiHttpException"/>
/// of the right kind, naming what went wrong, within the configured bound, and the target stays usable.
/// </summary>
[TestFixture]
public sealed class MisbehavingServerTests
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PendingTimeout = TimeSpan.FromMilliseconds(300);

    // Slack for a loaded 2-core CI machine; the point is "bounded", not "precise".
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1.5);

    private static readonly TargetUser User = new("user1", "/o=First Organization/cn=Recipients/cn=user1", "Secret-Pa55!");

    private static MapiHttpTarget TargetFor(ScriptedHttpServer server, TimeSpan? requestTimeout = null, int maxResponseSize = 1024 * 1024) =>
        new("broken", new MapiHttpTargetOptions
        {
            Url = server.Url,
            RequestTimeout = requestTimeout ?? RequestTimeout,
            PendingTimeout = PendingTimeout,
            MaxResponseSize = maxResponseSize,
        });

    /// <summary>Connects to a server that is good except for <paramref name="execute"/>, runs one Execute and returns its failure.</summary>
    private static async Task<(MapiHttpException Error, TimeSpan Elapsed)> ExecuteAgainstAsync(Func<RecordedRequest, Stream, CancellationToken, Task<bool>> execute, TimeSpan? requestTimeout = null, int maxResponseSize = 1024 * 1024)
    {
        await using var server = new ScriptedHttpServer(FakeMailboxEndpoint.WellBehaved(execute));
        await using MapiHttpTarget target = TargetFor(server, requestTimeout, maxResponseSize);
        await using ISession session = await target.ConnectAsync(User);
        var clock = Stopwatch.StartNew();
        MapiHttpException error = (await Assert.ThrowsAsync<MapiHttpException>(() => session.ExecuteRawAsync(new byte[] { 2, 0 }, 0x8000)))!;
        clock.Stop();
        Assert.That(error.RequestType, Is.EqualTo("Execute"));
        Assert.That(error.Message, Does.Not.Contain("Secret-Pa55!"));
        return (error, clock.Elapsed);
    }

    private static Func<RecordedRequest, Stream, CancellationToken, Task<bool>> Raw(Func<RecordedRequest, Stream, CancellationToken, Task> write, bool keepOpen = false) =>
        async (request, stream, ct) =>
        {
            await write(request, stream, ct);
            return keepOpen;
        };

    [Test]
    public async Task Server_that_never_answers_fails_with_RequestTimeout_within_the_bound()
    {
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(Raw((_, _, ct) => Task.Delay(Timeout.Infinite, ct)));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.RequestTimeout));
            Assert.That(error.Message, Does.Contain("RequestTimeout 500 ms").And.Contain("waiting for the response headers"));
            Assert.That(elapsed, Is.GreaterThanOrEqualTo(RequestTimeout - TimeSpan.FromMilliseconds(50)).And.LessThan(RequestTimeout + Slack));
        });
    }

    [Test]
    public async Task Connection_closed_mid_body_fails_with_ConnectionClosed()
    {
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(Raw(async (request, stream, ct) =>
        {
            await ScriptedHttpServer.WriteHeadAsync(stream, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request), 1000, ct);
            await ScriptedHttpServer.WriteAsciiAsync(stream, "PROCESSING\r\nDONE\r\n\r\n0123456789", ct);
        }));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.ConnectionClosed));
            Assert.That(error.Message, Does.Contain("connection broke"));
            Assert.That(elapsed, Is.LessThan(RequestTimeout + Slack));
        });
    }

    [Test]
    public async Task Truncated_body_fails_with_MalformedResponse_naming_the_structure()
    {
        byte[] body = new ExecuteSuccessResponseBody(0, 0, new byte[40], []).ToBytes();
        byte[] stream = await FakeMailboxEndpoint.ResponseStreamAsync(body[..20]);
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(Raw(async (request, s, ct) =>
        {
            // No Content-Length: the body ends when the connection closes, so HTTP sees a complete response.
            await ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request), null, ct);
            await s.WriteAsync(stream, ct);
        }));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.MalformedResponse));
            Assert.That(error.Message, Does.Contain(ExecuteSuccessResponseBody.StructureName + ".RopBuffer"));
            Assert.That(error.InnerException, Is.InstanceOf<Conformance.Protocol.Encoding.ProtocolException>());
            Assert.That(elapsed, Is.LessThan(RequestTimeout + Slack));
        });
    }

    [Test]
    public async Task Http_500_fails_with_HttpStatus()
    {
        (MapiHttpException error, _) = await ExecuteAgainstAsync(Raw((_, s, ct) => ScriptedHttpServer.WriteHeadAsync(s, 500, "Internal Server Error", [], 0, ct), keepOpen: true));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.HttpStatus));
            Assert.That(error.HttpStatusCode, Is.EqualTo(500));
            Assert.That(error.Message, Does.Contain("HTTP 500 Internal Server Error"));
        });
    }

    [Test]
    public async Task Http_401_fails_with_Unauthorized_naming_the_offered_schemes()
    {
        (MapiHttpException error, _) = await ExecuteAgainstAsync(Raw(
            (_, s, ct) => ScriptedHttpServer.WriteHeadAsync(s, 401, "Unauthorized", [("WWW-Authenticate", "Negotiate"), ("WWW-Authenticate", "Basic realm=\"mail\"")], 0, ct),
            keepOpen: true));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.Unauthorized));
            Assert.That(error.HttpStatusCode, Is.EqualTo(401));
            Assert.That(error.Message, Does.Contain("HTTP 401").And.Contain("Negotiate, Basic"));
        });
    }

    [Test]
    public async Task Nonzero_X_ResponseCode_fails_with_the_code_and_its_name()
    {
        (MapiHttpException error, _) = await ExecuteAgainstAsync(Raw(
            (request, s, ct) => ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request, responseCode: "10"), 0, ct),
            keepOpen: true));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.ResponseCode));
            Assert.That(error.ResponseCode, Is.EqualTo(MapiHttpResponseCode.ContextNotFound));
            Assert.That(error.Message, Does.Contain("X-ResponseCode 10 (Context Not Found)"));
        });
    }

    [Test]
    public async Task Missing_X_ResponseCode_or_wrong_Content_Type_are_named()
    {
        (MapiHttpException missing, _) = await ExecuteAgainstAsync(Raw(
            (request, s, ct) => ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request).Where(h => h.Name != "X-ResponseCode"), 0, ct),
            keepOpen: true));
        (MapiHttpException html, _) = await ExecuteAgainstAsync(Raw(
            (request, s, ct) => ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", [.. FakeMailboxEndpoint.MapiHeaders(request).Where(h => h.Name != "Content-Type"), ("Content-Type", "text/html")], 0, ct),
            keepOpen: true));
        Assert.Multiple(() =>
        {
            Assert.That(missing.Failure, Is.EqualTo(MapiHttpFailure.MalformedResponse));
            Assert.That(missing.Message, Does.Contain("X-ResponseCode header is missing"));
            Assert.That(html.Failure, Is.EqualTo(MapiHttpFailure.ContentType));
            Assert.That(html.Message, Does.Contain("'text/html'"));
        });
    }

    [Test]
    public async Task Oversized_Content_Length_fails_before_reading_the_body()
    {
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(Raw(async (request, s, ct) =>
        {
            await ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request), 4L * 1024 * 1024 * 1024, ct);
            await Task.Delay(Timeout.Infinite, ct);
        }));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.ResponseTooLarge));
            Assert.That(error.Message, Does.Contain("Content-Length 4294967296 exceeds MaxResponseSize 1048576"));
            Assert.That(elapsed, Is.LessThan(RequestTimeout), "decided from the header, not by waiting");
        });
    }

    [Test]
    public async Task Body_beyond_the_reader_limit_fails_with_ResponseTooLarge()
    {
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(
            Raw(async (request, s, ct) =>
            {
                await ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request), null, ct);
                await ScriptedHttpServer.WriteAsciiAsync(s, "PROCESSING\r\nDONE\r\n\r\n", ct);
                byte[] chunk = new byte[16 * 1024];
                for (int i = 0; i < 64; i++)
                {
                    await s.WriteAsync(chunk, ct);
                }
            }),
            maxResponseSize: 64 * 1024);
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.ResponseTooLarge));
            Assert.That(error.Message, Does.Contain("exceeds MaxResponseSize 65536"));
            Assert.That(elapsed, Is.LessThan(RequestTimeout + Slack));
        });
    }

    [Test]
    public async Task Pending_forever_is_cut_by_RequestTimeout()
    {
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(Raw(async (request, s, ct) =>
        {
            await ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request), null, ct);
            await ScriptedHttpServer.WriteAsciiAsync(s, "PROCESSING\r\n", ct);
            while (true)
            {
                await Task.Delay(50, ct);
                await ScriptedHttpServer.WriteAsciiAsync(s, "PENDING\r\n", ct);
            }
        }));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.RequestTimeout));
            Assert.That(error.Message, Does.Contain("last Pending").And.Contain("waiting for PENDING or DONE"));
            Assert.That(elapsed, Is.GreaterThanOrEqualTo(RequestTimeout - TimeSpan.FromMilliseconds(50)).And.LessThan(RequestTimeout + Slack));
        });
    }

    [Test]
    public async Task Silence_after_PROCESSING_is_cut_by_PendingTimeout()
    {
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(
            Raw(async (request, s, ct) =>
            {
                await ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request), null, ct);
                await ScriptedHttpServer.WriteAsciiAsync(s, "PROCESSING\r\n", ct);
                await Task.Delay(Timeout.Infinite, ct);
            }),
            requestTimeout: TimeSpan.FromSeconds(10));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.PendingTimeout));
            Assert.That(error.Message, Does.Contain("PendingTimeout 300 ms").And.Contain("last Processing"));
            Assert.That(elapsed, Is.GreaterThanOrEqualTo(PendingTimeout - TimeSpan.FromMilliseconds(50)).And.LessThan(PendingTimeout + Slack));
        });
    }

    [Test]
    public async Task Stream_that_ends_without_DONE_fails_with_MalformedResponse()
    {
        (MapiHttpException error, TimeSpan elapsed) = await ExecuteAgainstAsync(Raw(async (request, s, ct) =>
        {
            await ScriptedHttpServer.WriteHeadAsync(s, 200, "OK", FakeMailboxEndpoint.MapiHeaders(request), null, ct);
            await ScriptedHttpServer.WriteAsciiAsync(s, "PROCESSING\r\nPENDING\r\n", ct);
        }));
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.MalformedResponse));
            Assert.That(error.Message, Does.Contain("before the DONE meta-tag"));
            Assert.That(elapsed, Is.LessThan(RequestTimeout + Slack));
        });
    }

    [Test]
    public async Task Refused_connection_fails_with_ConnectionFailed_and_the_target_connects_again_later()
    {
        Uri url;
        await using (var gone = new ScriptedHttpServer(FakeMailboxEndpoint.WellBehaved()))
        {
            url = gone.Url;
        }

        await using var target = new MapiHttpTarget("gone", new MapiHttpTargetOptions { Url = url, RequestTimeout = RequestTimeout });
        var clock = Stopwatch.StartNew();
        MapiHttpException error = (await Assert.ThrowsAsync<MapiHttpException>(() => target.ConnectAsync(User)))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.ConnectionFailed));
            Assert.That(error.RequestType, Is.EqualTo("Connect"));
            Assert.That(clock.Elapsed, Is.LessThan(RequestTimeout + Slack));
        });

        // The run goes on: a failed request leaves nothing behind that stops the next session.
        int calls = 0;
        await using var flaky = new ScriptedHttpServer(async (request, stream, ct) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await ScriptedHttpServer.WriteHeadAsync(stream, 503, "Service Unavailable", [], 0, ct);
                return true;
            }

            return await FakeMailboxEndpoint.WellBehaved()(request, stream, ct);
        });
        await using MapiHttpTarget again = TargetFor(flaky);
        MapiHttpException unavailable = (await Assert.ThrowsAsync<MapiHttpException>(() => again.ConnectAsync(User)))!;
        Assert.That(unavailable.Message, Does.Contain("HTTP 503"));
        await using ISession session = await again.ConnectAsync(User);
        Assert.That((await session.ExecuteRawAsync(new byte[] { 2, 0 }, 0x8000)).RopOutputBuffer, Is.EqualTo(FakeMailboxEndpoint.RopOutput));
    }

    [Test]
    public async Task Connect_with_a_nonzero_ErrorCode_fails_with_OperationFailed()
    {
        await using var server = new ScriptedHttpServer(async (request, stream, ct) =>
        {
            await FakeMailboxEndpoint.WriteMapiAsync(stream, request, (FakeMailboxEndpoint.Connect with { ErrorCode = 0x000003EB }).ToBytes(), ct);
            return true;
        });
        await using MapiHttpTarget target = TargetFor(server);
        MapiHttpException error = (await Assert.ThrowsAsync<MapiHttpException>(() => target.ConnectAsync(User)))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.OperationFailed));
            Assert.That(error.OperationCode, Is.EqualTo(0x3EBu));
            Assert.That(error.Message, Does.Contain("ErrorCode 0x000003EB"));
        });
    }
}
