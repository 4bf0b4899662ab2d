namespace Conformance.Adapters.MapiHttp;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.MapiHttp;
using Conformance.Protocol.Rpc;

/// <summary>
/// One Session Context on a MAPI over HTTP mailbox endpoint ([MS-OXCMAPIHTTP] 2.2.4): opened by Connect, used by
/// Execute and PING, closed by Disconnect when disposed. The session cookies of Connect go back on every request.
/// </summary>
public sealed class MapiHttpSession : ISession
{
    /// <summary>pulFlags of EcDoRpcExt2 ([MS-OXCRPC] 3.1.4.2): the server must not compress the response.</summary>
    public const uint NoCompressionFlag = 0x00000001;

    /// <summary>pulFlags: the server must not obfuscate the response with XorMagic.</summary>
    public const uint NoXorMagicFlag = 0x00000002;

    private readonly MapiHttpTransport transport;
    private readonly MapiHttpTargetOptions options;
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool disconnected;

    private MapiHttpSession(MapiHttpTransport transport, MapiHttpTargetOptions options, TargetUser user, ConnectSuccessResponseBody connect, MapiHttpReply reply)
    {
        this.transport = transport;
        this.options = options;
        User = user;
        ConnectResponse = connect;
        ServerApplication = reply.ServerApplication;
    }

    public TargetUser User { get; }

    /// <summary>What the server answered to Connect (polling interval, retry values, DN prefix, display name).</summary>
    public ConnectSuccessResponseBody ConnectResponse { get; }

    /// <summary>X-ServerApplication of the Connect response, when sent.</summary>
    public string? ServerApplication { get; }

    /// <summary>The last Execute exchange as it was on the wire (meta-tags, additional headers, body), for captures.</summary>
    public MapiHttpReply? LastReply { get; private set; }

    /// <summary>Extended buffers after the first in the last Execute response (extended buffer packing, [MS-OXCRPC] 3.1.4.2.1.2); not returned as ROP output.</summary>
    public int LastAdditionalBufferCount { get; private set; }

    /// <summary>Sends Connect ([MS-OXCMAPIHTTP] 2.2.4.1) and returns the open session.</summary>
    internal static async Task<MapiHttpSession> ConnectAsync(MapiHttpTargetOptions options, TargetUser user, uint codePage, string clientInfo, CancellationToken cancellationToken)
    {
        var transport = new MapiHttpTransport(options, user, clientInfo);
        try
        {
            var request = new ConnectRequestBody(user.Essdn, 0, codePage, options.Lcid, options.Lcid, []);
            MapiHttpReply reply = await transport.SendAsync(MapiHttpRequestType.Connect, request.ToBytes(), cancellationToken).ConfigureAwait(false);
            byte[] body = reply.Response.Body;
            uint status = DecodeOrThrow(MapiHttpRequestType.Connect, () => MapiHttpBodyFields.PeekStatusCode(body, ConnectSuccessResponseBody.StructureName));
            if (status != 0)
            {
                MapiHttpFailureResponseBody failure = DecodeOrThrow(MapiHttpRequestType.Connect, () => MapiHttpFailureResponseBody.Decode(body));
                throw new MapiHttpException(MapiHttpFailure.OperationFailed, MapiHttpRequestType.Connect, $"StatusCode 0x{failure.StatusCode:X8} for {user}") { OperationCode = failure.StatusCode };
            }

            ConnectSuccessResponseBody connect = DecodeOrThrow(MapiHttpRequestType.Connect, () => ConnectSuccessResponseBody.Decode(body));
            if (connect.ErrorCode != 0)
            {
                throw new MapiHttpException(MapiHttpFailure.OperationFailed, MapiHttpRequestType.Connect, $"ErrorCode 0x{connect.ErrorCode:X8} for {user}") { OperationCode = connect.ErrorCode };
            }

            return new MapiHttpSession(transport, options, user, connect, reply);
        }
        catch
        {
            transport.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends the ROP input buffer in an Execute request ([MS-OXCMAPIHTTP] 2.2.4.2) and returns the ROP output buffer.
    /// ReturnCode mapping: a failure body's StatusCode when nonzero (2.2.4.2.3), else the success body's ErrorCode
    /// (the return value of EcDoRpcExt2, [MS-OXCRPC] 3.1.4.2, for example ecRpcFormat). A nonzero X-ResponseCode or
    /// a non-200 HTTP status is not a call result but a transport failure, raised as <see cref="MapiHttpException"/>.
    /// </summary>
    public async Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maximumOutputSize);

        // [MS-OXCRPC] 3.1.4.2.1: rgbIn is an extended buffer, compressed and obfuscated as configured.
        byte[] ropBuffer = ExtendedBufferCodec.Encode([ropInputBuffer], new ExtendedBufferOptions { Compress = options.Compression, Obfuscate = options.Obfuscation });
        uint flags = (options.Compression ? 0 : NoCompressionFlag) | (options.Obfuscation ? 0 : NoXorMagicFlag);

        // pcbOut bounds the whole rgbOut, RPC_HEADER_EXT included, so the ROP output buffer may use maximumOutputSize in full.
        var request = new ExecuteRequestBody(flags, ropBuffer, (uint)maximumOutputSize + RpcHeaderExt.EncodedSize, []);
        MapiHttpReply reply = await SendAsync(MapiHttpRequestType.Execute, request.ToBytes(), cancellationToken).ConfigureAwait(false);
        LastReply = reply;
        LastAdditionalBufferCount = 0;
        byte[] body = reply.Response.Body;
        uint status = DecodeOrThrow(MapiHttpRequestType.Execute, () => MapiHttpBodyFields.PeekStatusCode(body, ExecuteSuccessResponseBody.StructureName));
        if (status != 0)
        {
            MapiHttpFailureResponseBody failure = DecodeOrThrow(MapiHttpRequestType.Execute, () => MapiHttpFailureResponseBody.Decode(body));
            return new RawExecution(failure.StatusCode, []);
        }

        ExecuteSuccessResponseBody success = DecodeOrThrow(MapiHttpRequestType.Execute, () => ExecuteSuccessResponseBody.Decode(body));
        if (success.ErrorCode != 0)
        {
            return new RawExecution(success.ErrorCode, []);
        }

        // [MS-OXCRPC] 3.1.4.2.1: rgbOut is one or more extended buffers; the first carries the ROP output buffer of this request.
        ValueArray<ExtendedBuffer> buffers = DecodeOrThrow(MapiHttpRequestType.Execute, () => ExtendedBufferCodec.Decode(success.RopBuffer));
        LastAdditionalBufferCount = buffers.Count - 1;
        return new RawExecution(0, buffers[0].Payload.AsSpan().ToArray());
    }

    /// <summary>Sends PING ([MS-OXCMAPIHTTP] 2.2.6): no request body; the response may carry meta-tags but no body.</summary>
    public async Task<MapiHttpReply> PingAsync(CancellationToken cancellationToken = default)
    {
        MapiHttpReply reply = await SendAsync(MapiHttpRequestType.Ping, null, cancellationToken).ConfigureAwait(false);
        if (reply.Response.Body.Length != 0)
        {
            throw new MapiHttpException(MapiHttpFailure.MalformedResponse, MapiHttpRequestType.Ping, $"the PING response has a {reply.Response.Body.Length}-byte body; it has none");
        }

        return reply;
    }

    /// <summary>Sends Disconnect ([MS-OXCMAPIHTTP] 2.2.4.3) once; later calls do nothing.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        if (disconnected)
        {
            return;
        }

        disconnected = true;
        MapiHttpReply reply = await SendAsync(MapiHttpRequestType.Disconnect, new DisconnectRequestBody([]).ToBytes(), cancellationToken).ConfigureAwait(false);
        byte[] body = reply.Response.Body;
        uint status = DecodeOrThrow(MapiHttpRequestType.Disconnect, () => MapiHttpBodyFields.PeekStatusCode(body, DisconnectSuccessResponseBody.StructureName));
        uint code = status != 0
            ? DecodeOrThrow(MapiHttpRequestType.Disconnect, () => MapiHttpFailureResponseBody.Decode(body)).StatusCode
            : DecodeOrThrow(MapiHttpRequestType.Disconnect, () => DisconnectSuccessResponseBody.Decode(body)).ErrorCode;
        if (code != 0)
        {
            throw new MapiHttpException(MapiHttpFailure.OperationFailed, MapiHttpRequestType.Disconnect, $"{(status != 0 ? "StatusCode" : "ErrorCode")} 0x{code:X8}") { OperationCode = code };
        }
    }

    /// <summary>Disconnects (bounded by RequestTimeout); a failing Disconnect does not stop the run, so it is swallowed here.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await DisconnectAsync().ConfigureAwait(false);
        }
        catch (MapiHttpException)
        {
            // The session is gone either way; the test that used it has its result already.
        }
        finally
        {
            transport.Dispose();
            gate.Dispose();
        }
    }

    private async Task<MapiHttpReply> SendAsync(string requestType, byte[]? body, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disconnected && requestType != MapiHttpRequestType.Disconnect, this);

        // One request at a time per Session Context: the server processes a session's requests in order ([MS-OXCMAPIHTTP] 3.2.5).
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await transport.SendAsync(requestType, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private static T DecodeOrThrow<T>(string requestType, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (ProtocolException e)
        {
            throw new MapiHttpException(MapiHttpFailure.MalformedResponse, requestType, e.Message, e);
        }
    }
}
