namespace Conformance.Adapters.Tests.MapiHttp;

using Conformance.Protocol.MapiHttp;
using Conformance.Protocol.Rpc;

/// <summary>
/// Scripted answers of a mailbox endpoint, written with the codec's <see cref="MapiHttpResponseWriter"/>: a well-behaved
/// Connect / Execute / PING / Disconnect, into which a test splices one misbehaviour.
/// </summary>
public static class FakeMailboxEndpoint
{
    public const string ContextCookie = "MapiContext=ctx-7f3a";

    public const string SidCookie = "MapiSequence=seq-1";

    /// <summary>The ROP output buffer the fake Execute returns (RopSize 0x0008, a RopRelease-free body, empty handle table is not needed: bytes are opaque here).</summary>
    public static readonly byte[] RopOutput = [.. Enumerable.Range(0, 300).Select(i => (byte)(i % 7))];

    public static readonly ConnectSuccessResponseBody Connect = new(0, 60_000, 6, 10_000, "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)", "User One", []);

    public static ExtendedBufferOptions ResponseBufferOptions { get; } = new() { Compress = true, Obfuscate = true };

    /// <summary>Answers every request type correctly; <paramref name="execute"/> replaces the Execute answer when given.</summary>
    public static Func<RecordedRequest, Stream, CancellationToken, Task<bool>> WellBehaved(Func<RecordedRequest, Stream, CancellationToken, Task<bool>>? execute = null) =>
        async (request, stream, cancellationToken) =>
        {
            switch (request.RequestType)
            {
                case "Connect":
                    await WriteMapiAsync(stream, request, Connect.ToBytes(), cancellationToken, ("Set-Cookie", ContextCookie + "; path=/mapi/"), ("Set-Cookie", SidCookie + "; path=/mapi/"));
                    return true;
                case "Execute" when execute is not null:
                    return await execute(request, stream, cancellationToken);
                case "Execute":
                    byte[] rop = ExtendedBufferCodec.Encode([RopOutput], ResponseBufferOptions);
                    await WriteMapiAsync(stream, request, new ExecuteSuccessResponseBody(0, 0, rop, []).ToBytes(), cancellationToken);
                    return true;
                case "PING":
                    await WriteMapiAsync(stream, request, [], cancellationToken);
                    return true;
                case "Disconnect":
                    await WriteMapiAsync(stream, request, new DisconnectSuccessResponseBody(0, []).ToBytes(), cancellationToken);
                    return true;
                default:
                    await ScriptedHttpServer.WriteHeadAsync(stream, 400, "Bad Request", [("X-ResponseCode", "5")], 0, cancellationToken);
                    return true;
            }
        };

    /// <summary>HTTP 200, X-ResponseCode 0 and the common response format with <paramref name="body"/>, with Content-Length.</summary>
    public static async Task WriteMapiAsync(Stream stream, RecordedRequest request, byte[] body, CancellationToken cancellationToken, params (string Name, string Value)[] extraHeaders)
    {
        byte[] content = await ResponseStreamAsync(body);
        await ScriptedHttpServer.WriteHeadAsync(stream, 200, "OK", [.. MapiHeaders(request), .. extraHeaders], content.Length, cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>The headers of a successful response ([MS-OXCMAPIHTTP] 2.2.2.2), the request's ids echoed.</summary>
    public static (string Name, string Value)[] MapiHeaders(RecordedRequest request, string responseCode = "0") =>
    [
        ("Content-Type", "application/mapi-http"),
        ("X-RequestType", request.RequestType),
        ("X-ResponseCode", responseCode),
        ("X-RequestId", request.Header("X-RequestId") ?? string.Empty),
        ("X-ClientInfo", request.Header("X-ClientInfo") ?? string.Empty),
        ("X-ServerApplication", "Exchange/15.02.1118.000"),
        ("X-PendingPeriod", "15000"),
    ];

    /// <summary>PROCESSING, DONE, two additional headers, the empty line and <paramref name="body"/>.</summary>
    public static async Task<byte[]> ResponseStreamAsync(byte[] body)
    {
        using var memory = new MemoryStream();
        using (var writer = new MapiHttpResponseWriter(memory))
        {
            await writer.WriteProcessingAsync();
            await writer.WriteDoneAsync([new("X-ElapsedTime", "3"), new("X-StartTime", "Mon, 01 Jan 2024 00:00:00 GMT")], body);
        }

        return memory.ToArray();
    }
}
