namespace Conformance.Server;

using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.MapiHttp;
using Conformance.Protocol.Rpc;
using Conformance.Store.InProcess;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ISession = Conformance.Adapters.ISession;

/// <summary>
/// The mailbox server endpoint of [MS-OXCMAPIHTTP] (2.2.4) over the in-process store: Connect, Execute, Disconnect
/// and PING, each answered in the common response format (2.2.2.2) with PROCESSING, PENDING keep-alives and DONE.
/// Requests are authenticated with Basic (RFC 7617) against the configured users.
/// </summary>
public sealed class MapiHttpMailboxEndpoint
{
    /// <summary>The path the endpoint is mapped at; an optional MailboxId query is accepted and not needed.</summary>
    public const string Path = "/mapi/emsmdb/";

    // [MS-OXCRPC] 3.1.4.2: pulFlags bits the client sets to refuse a transformed rgbOut.
    private const uint NoCompression = 0x00000001;
    private const uint NoXorMagic = 0x00000002;

    // Values of the Connect success response ([MS-OXCMAPIHTTP] 2.2.4.1.2, the [out] parameters of [MS-OXCRPC] 3.1.4.1).
    private const uint PollsMax = 60_000;
    private const uint RetryCount = 6;
    private const uint RetryDelay = 10_000;

    /// <summary>How far past the body limit the endpoint still reads, to answer Too Large on a clean connection.</summary>
    internal const int DrainLimit = 64 * 1024;

    private readonly InProcessTarget target;
    private readonly TargetUser[] users;
    private readonly BasicAuthenticator authenticator;
    private readonly MapiHttpServerOptions options;
    private readonly ConcurrentDictionary<string, MapiHttpSessionContext> contexts = new(StringComparer.Ordinal);

    public MapiHttpMailboxEndpoint(InProcessTarget target, IEnumerable<TargetUser> users, MapiHttpServerOptions? options = null)
    {
        this.target = target ?? throw new ArgumentNullException(nameof(target));
        this.users = [.. users];
        authenticator = new BasicAuthenticator(this.users);
        this.options = options ?? new MapiHttpServerOptions();
    }

    /// <summary>The Session Contexts currently open.</summary>
    public int SessionContextCount => contexts.Count;

    /// <summary>Maps the endpoint at <see cref="Path"/>, with or without the trailing slash, for every verb (others than POST get Invalid Verb).</summary>
    public void Map(IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        // Route templates ignore a trailing slash, so this one route serves both forms.
        routes.Map(Path, HandleAsync);
    }

    /// <summary>Ends every Session Context (the host is stopping).</summary>
    public async Task CloseAllAsync()
    {
        foreach (string id in contexts.Keys)
        {
            if (contexts.TryRemove(id, out MapiHttpSessionContext? context))
            {
                await context.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var startTime = DateTimeOffset.UtcNow;
        long started = Stopwatch.GetTimestamp();
        TargetUser? user = authenticator.Authenticate(http.Request.Headers.Authorization);
        if (user is null)
        {
            // RFC 7617 2: a challenge naming the realm and the UTF-8 charset.
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = $"Basic realm=\"{options.Realm}\", charset=\"UTF-8\"";
            return;
        }

        IHeaderDictionary response = http.Response.Headers;
        string requestType = http.Request.Headers[MapiHttpHeaders.RequestType].ToString();
        string requestId = http.Request.Headers[MapiHttpHeaders.RequestId].ToString();

        // [MS-OXCMAPIHTTP] 2.2.3.3: the request type, request id and client info come back as sent.
        response[MapiHttpHeaders.RequestType] = requestType;
        response[MapiHttpHeaders.RequestId] = requestId;
        if (http.Request.Headers.TryGetValue(MapiHttpHeaders.ClientInfo, out var clientInfo))
        {
            response[MapiHttpHeaders.ClientInfo] = clientInfo;
        }

        response[MapiHttpHeaders.ServerApplication] = options.ServerApplication;
        response[MapiHttpHeaders.PendingPeriod] = ((long)options.PendingPeriod.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

        Outcome outcome;
        MapiHttpSessionContext? held = null;
        try
        {
            (outcome, held) = await DispatchAsync(http, user, requestType, requestId).ConfigureAwait(false);
            await RespondAsync(http, outcome, startTime, started).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing is left to answer.
        }
        catch (Exception error) when (!http.Response.HasStarted)
        {
            // A bug of this endpoint: recorded like a store bug, answered as Unknown Failure rather than a bare 500.
            target.Server.RecordInternalError(error);
            await RespondAsync(http, Outcome.Failure(MapiHttpResponseCode.UnknownFailure), startTime, started).ConfigureAwait(false);
        }
        finally
        {
            held?.Gate.Release();
        }
    }

    private async Task<(Outcome Outcome, MapiHttpSessionContext? Held)> DispatchAsync(HttpContext http, TargetUser user, string requestType, string requestId)
    {
        // [MS-OXCMAPIHTTP] 2.2.2.1: requests are POSTs carrying X-RequestType and X-RequestId.
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return (Outcome.Failure(MapiHttpResponseCode.InvalidVerb), null);
        }

        if (requestType.Length == 0 || requestId.Length == 0)
        {
            return (Outcome.Failure(MapiHttpResponseCode.MissingHeader), null);
        }

        bool ping = string.Equals(requestType, MapiHttpRequestType.Ping, StringComparison.OrdinalIgnoreCase);
        if (ping)
        {
            // [MS-OXCMAPIHTTP] 2.2.6: no request or response body; the answer itself says the endpoint is alive.
            return (Outcome.Success(_ => Task.FromResult(Array.Empty<byte>())), null);
        }

        bool connect = string.Equals(requestType, MapiHttpRequestType.Connect, StringComparison.OrdinalIgnoreCase);
        bool execute = string.Equals(requestType, MapiHttpRequestType.Execute, StringComparison.OrdinalIgnoreCase);
        bool disconnect = string.Equals(requestType, MapiHttpRequestType.Disconnect, StringComparison.OrdinalIgnoreCase);
        if (!connect && !execute && !disconnect)
        {
            // 2.2.3.3.3: an X-RequestType this endpoint does not serve (NotificationWait included) is code 5.
            return (Outcome.Failure(MapiHttpResponseCode.InvalidRequestType), null);
        }

        // [MS-OXCMAPIHTTP] 2.2.3.2.2: bodies are application/mapi-http.
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out MediaTypeHeaderValue? media)
            || !string.Equals(media.MediaType, MapiHttpHeaders.MapiHttpContentType, StringComparison.OrdinalIgnoreCase))
        {
            return (Outcome.Failure(MapiHttpResponseCode.InvalidHeader), null);
        }

        (byte[]? body, MapiHttpResponseCode read) = await ReadBodyAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            return (Outcome.Failure(read), null);
        }

        try
        {
            if (connect)
            {
                return (await ConnectAsync(http, user, ConnectRequestBody.Decode(body)).ConfigureAwait(false), null);
            }

            if (execute)
            {
                ExecuteRequestBody request = ExecuteRequestBody.Decode(body);
                ValueArray<ExtendedBuffer> buffers = ExtendedBufferCodec.Decode(request.RopBuffer);
                if (buffers.Count != 1)
                {
                    // Packed rgbIn buffers ([MS-OXCRPC] 3.1.4.2.1.2) need a capability this server does not announce.
                    return (Outcome.Failure(MapiHttpResponseCode.InvalidRequestBody), null);
                }

                return await ExecuteAsync(http, user, request, buffers[0].Payload.ToArray()).ConfigureAwait(false);
            }

            DisconnectRequestBody.Decode(body);
            return await DisconnectAsync(http, user).ConfigureAwait(false);
        }
        catch (ProtocolException)
        {
            return (Outcome.Failure(MapiHttpResponseCode.InvalidRequestBody), null);
        }
    }

    private async Task<Outcome> ConnectAsync(HttpContext http, TargetUser user, ConnectRequestBody request)
    {
        // [MS-OXCMAPIHTTP] 3.2.5.6: a Connect that brings a live Session Context ends it before a new one is made.
        string? previous = http.Request.Cookies[MapiHttpCookies.Context];
        if (previous is not null && contexts.TryGetValue(previous, out MapiHttpSessionContext? old) && old.User.Name == user.Name)
        {
            await EndAsync(old).ConfigureAwait(false);
        }

        TargetUser? named = users.FirstOrDefault(u => string.Equals(u.Essdn, request.UserDn, StringComparison.OrdinalIgnoreCase));
        if (named is null || named.Name != user.Name)
        {
            // The DN names no configured mailbox user, or another one than who signed in.
            uint error = named is null ? ErrorCodes.UnknownUser : ErrorCodes.LoginPermission;
            return Outcome.Success(_ => Task.FromResult(new ConnectSuccessResponseBody(error, PollsMax, RetryCount, RetryDelay, string.Empty, string.Empty, []).ToBytes()));
        }

        ISession session = request.DefaultCodePage == 0
            ? await target.ConnectAsync(user, http.RequestAborted).ConfigureAwait(false)
            : await target.ConnectWithCodePageAsync(user, (int)request.DefaultCodePage, http.RequestAborted).ConfigureAwait(false);
        var context = new MapiHttpSessionContext(MapiHttpSessionContext.NewToken(), user, session);
        contexts[context.Id] = context;
        SetCookies(http, context.Id, context.Sequence);
        var body = new ConnectSuccessResponseBody(0, PollsMax, RetryCount, RetryDelay, DnPrefix(user.Essdn), user.Name, []);
        return Outcome.Success(_ => Task.FromResult(body.ToBytes()));
    }

    private async Task<(Outcome, MapiHttpSessionContext?)> ExecuteAsync(HttpContext http, TargetUser user, ExecuteRequestBody request, byte[] ropInputBuffer)
    {
        (MapiHttpSessionContext? context, MapiHttpResponseCode code) = await AcquireAsync(http, user).ConfigureAwait(false);
        if (context is null)
        {
            return (Outcome.Failure(code), null);
        }

        // [MS-OXCRPC] 3.1.4.2: pcbOut bounds rgbOut; one extended buffer carries at most 32 KB of ROP responses.
        int maximumOutput = (int)Math.Clamp((long)request.MaxRopOut - RpcHeaderExt.EncodedSize, 0, ExtendedBufferLimits.Default.MaximumPayloadSize);
        var transform = new ExtendedBufferOptions
        {
            Compress = (request.Flags & NoCompression) == 0,
            Obfuscate = (request.Flags & NoXorMagic) == 0,
        };
        Func<CancellationToken, Task>? hook = options.BeforeExecute;
        return (Outcome.Success(async cancellationToken =>
        {
            if (hook is not null)
            {
                await hook(cancellationToken).ConfigureAwait(false);
            }

            // The store runs the buffer synchronously under its lock; off the request thread, so PENDING can be written meanwhile.
            RawExecution result = await Task.Run(() => context.Session.ExecuteRawAsync(ropInputBuffer, maximumOutput, cancellationToken), cancellationToken).ConfigureAwait(false);
            byte[] ropBuffer = result.RopOutputBuffer.Length == 0 ? [] : ExtendedBufferCodec.Encode([result.RopOutputBuffer], transform);

            // [MS-OXCRPC] 3.1.4.2: pulFlags goes back as zero.
            return new ExecuteSuccessResponseBody(result.ReturnCode, 0, ropBuffer, []).ToBytes();
        }), context);
    }

    private async Task<(Outcome, MapiHttpSessionContext?)> DisconnectAsync(HttpContext http, TargetUser user)
    {
        (MapiHttpSessionContext? context, MapiHttpResponseCode code) = await AcquireAsync(http, user).ConfigureAwait(false);
        if (context is null)
        {
            return (Outcome.Failure(code), null);
        }

        await EndAsync(context).ConfigureAwait(false);
        var expired = new CookieOptions { Path = Path.TrimEnd('/'), HttpOnly = true };
        http.Response.Cookies.Delete(MapiHttpCookies.Context, expired);
        http.Response.Cookies.Delete(MapiHttpCookies.Sequence, expired);
        return (Outcome.Success(_ => Task.FromResult(new DisconnectSuccessResponseBody(0, []).ToBytes())), context);
    }

    /// <summary>
    /// Finds the request's Session Context and checks its sequence cookie, then gives the sequence a new value
    /// (returned in Set-Cookie). On success the context's gate is held; the caller releases it after the response.
    /// </summary>
    private async Task<(MapiHttpSessionContext? Context, MapiHttpResponseCode Code)> AcquireAsync(HttpContext http, TargetUser user)
    {
        string? id = http.Request.Cookies[MapiHttpCookies.Context];
        if (id is null)
        {
            return (null, MapiHttpResponseCode.MissingCookie);
        }

        // [MS-OXCMAPIHTTP] 3.2.5.6: an unknown or ended Session Context is code 10.
        if (!contexts.TryGetValue(id, out MapiHttpSessionContext? context))
        {
            return (null, MapiHttpResponseCode.ContextNotFound);
        }

        if (context.User.Name != user.Name)
        {
            return (null, MapiHttpResponseCode.NoPrivilege);
        }

        await context.Gate.WaitAsync(http.RequestAborted).ConfigureAwait(false);
        string? sequence = http.Request.Cookies[MapiHttpCookies.Sequence];
        MapiHttpResponseCode code = context.Closed ? MapiHttpResponseCode.ContextNotFound
            : sequence is null ? MapiHttpResponseCode.MissingCookie
            : sequence != context.Sequence ? MapiHttpResponseCode.InvalidSequence
            : MapiHttpResponseCode.Success;
        if (code != MapiHttpResponseCode.Success)
        {
            context.Gate.Release();
            return (null, code);
        }

        SetCookies(http, context.Id, context.Advance());
        return (context, MapiHttpResponseCode.Success);
    }

    private async Task EndAsync(MapiHttpSessionContext context)
    {
        context.Closed = true;
        if (contexts.TryRemove(context.Id, out _))
        {
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void SetCookies(HttpContext http, string id, string sequence)
    {
        var cookie = new CookieOptions { Path = Path.TrimEnd('/'), HttpOnly = true };
        http.Response.Cookies.Append(MapiHttpCookies.Context, id, cookie);
        http.Response.Cookies.Append(MapiHttpCookies.Sequence, sequence, cookie);
    }

    /// <summary>
    /// The body, read up to <see cref="MapiHttpServerOptions.MaxRequestBodySize"/>; null with code 9 beyond it. A body
    /// at most <see cref="DrainLimit"/> over the limit is read to its end first, so the connection closes cleanly and
    /// the client sees the answer instead of a reset; a larger one is cut off.
    /// </summary>
    private async Task<(byte[]? Body, MapiHttpResponseCode Code)> ReadBodyAsync(HttpContext http)
    {
        int limit = options.MaxRequestBodySize;
        long? declared = http.Request.ContentLength;
        if (declared > limit)
        {
            if (declared <= (long)limit + DrainLimit)
            {
                await DrainAsync(http).ConfigureAwait(false);
            }

            return (null, TooLarge(http));
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(declared ?? 4096, limit) + 1);
        try
        {
            while (true)
            {
                int read = await http.Request.Body.ReadAsync(buffer.GetMemory(4096), http.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer.WrittenSpan.ToArray(), MapiHttpResponseCode.Success);
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    await DrainAsync(http).ConfigureAwait(false);
                    return (null, TooLarge(http));
                }
            }
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(http));
        }
    }

    /// <summary>Reads and drops the rest of the body, at most <see cref="DrainLimit"/> bytes.</summary>
    private static async Task DrainAsync(HttpContext http)
    {
        byte[] scratch = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long drained = 0;
            int read;
            while (drained <= DrainLimit && (read = await http.Request.Body.ReadAsync(scratch, http.RequestAborted).ConfigureAwait(false)) > 0)
            {
                drained += read;
            }
        }
        catch (BadHttpRequestException)
        {
            // Kestrel's own bound was reached: the connection closes after the answer.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    private static MapiHttpResponseCode TooLarge(HttpContext http)
    {
        // The rest of the body may be unread: the connection is not reused.
        http.Response.Headers.Connection = "close";
        return MapiHttpResponseCode.TooLarge;
    }

    /// <summary>Writes the response stream: PROCESSING, a PENDING every PendingPeriod while the work runs, DONE, the additional headers and the body.</summary>
    private async Task RespondAsync(HttpContext http, Outcome outcome, DateTimeOffset startTime, long started)
    {
        CancellationToken aborted = http.RequestAborted;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MapiHttpHeaders.MapiHttpContentType;
        http.Response.Headers[MapiHttpHeaders.ResponseCode] = ((uint)outcome.Code).ToString(CultureInfo.InvariantCulture);
        using var writer = new MapiHttpResponseWriter(http.Response.Body);
        await writer.WriteProcessingAsync(aborted).ConfigureAwait(false);
        Task<byte[]> work = outcome.Work(aborted);
        byte[] body;
        while (true)
        {
            try
            {
                body = await work.WaitAsync(options.PendingPeriod, aborted).ConfigureAwait(false);
                break;
            }
            catch (TimeoutException)
            {
                // [MS-OXCMAPIHTTP] 3.2.5.3: keep-alive while the request is still running.
                await writer.WritePendingAsync(aborted).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // X-ResponseCode 0 is already sent; the failure body's nonzero StatusCode still tells the client.
                target.Server.RecordInternalError(error);
                body = new MapiHttpFailureResponseBody((uint)MapiHttpResponseCode.UnknownFailure, []).ToBytes();
                break;
            }
        }

        // [MS-OXCMAPIHTTP] 2.2.2.2: X-ElapsedTime in milliseconds and X-StartTime follow DONE.
        long elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        KeyValuePair<string, string>[] trailer =
        [
            new(MapiHttpHeaders.ElapsedTime, elapsed.ToString(CultureInfo.InvariantCulture)),
            new(MapiHttpHeaders.StartTime, startTime.ToString("R", CultureInfo.InvariantCulture)),
        ];
        await writer.WriteDoneAsync(trailer, body, aborted).ConfigureAwait(false);
    }

    /// <summary>The DN prefix of the user's ESSDN: everything before its last RDN ([MS-OXCRPC] 3.1.4.1 szDNPrefix).</summary>
    private static string DnPrefix(string essdn)
    {
        int last = essdn.LastIndexOf("/cn=", StringComparison.OrdinalIgnoreCase);
        return last > 0 ? essdn[..last] : essdn;
    }

    /// <summary>What a request is answered with: its X-ResponseCode and the work that produces the body.</summary>
    private sealed record Outcome(MapiHttpResponseCode Code, Func<CancellationToken, Task<byte[]>> Work)
    {
        public static Outcome Success(Func<CancellationToken, Task<byte[]>> work) => new(MapiHttpResponseCode.Success, work);

        // [MS-OXCMAPIHTTP] 2.2.4.1.3, 2.2.4.2.3, 2.2.4.3.3: the failure body carries a nonzero StatusCode, here the response code.
        public static Outcome Failure(MapiHttpResponseCode code) =>
            new(code, _ => Task.FromResult(new MapiHttpFailureResponseBody((uint)code, []).ToBytes()));
    }
}
