namespace Conformance.Adapters.MapiHttp;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.MapiHttp;

/// <summary>
/// Sends requests of one Session Context to the mailbox endpoint and reads the streamed responses under the
/// configured bounds. It owns the HTTP connection and the CookieContainer that carries the session cookies
/// the server sets on Connect ([MS-OXCMAPIHTTP] 3.1.5.1, 3.2.5.1) back on every later request.
/// Nothing here logs: Authorization and cookies never leave this class except on the wire.
/// </summary>
internal sealed class MapiHttpTransport : IDisposable
{
    private static int untrustedWarningPrinted;

    private readonly MapiHttpTargetOptions options;
    private readonly HttpClient client;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly string clientInfo;

    // [MS-OXCMAPIHTTP] 2.2.3.3.2 (X-RequestId): one GUID for the life of the Session Context and a counter that rises with every request.
    private readonly string requestIdPrefix = Guid.NewGuid().ToString("B").ToUpperInvariant() + ":";
    private long requestCounter;

    public MapiHttpTransport(MapiHttpTargetOptions options, TargetUser user, string clientInfo)
    {
        this.options = options;
        this.clientInfo = clientInfo;
        Cookies = new CookieContainer();
        var handler = new SocketsHttpHandler
        {
            CookieContainer = Cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            ConnectTimeout = options.RequestTimeout,
            AutomaticDecompression = DecompressionMethods.None,
        };

        if (options.AllowUntrustedCertificate)
        {
            if (Interlocked.Exchange(ref untrustedWarningPrinted, 1) == 0)
            {
                Console.Error.WriteLine($"warning: AllowUntrustedCertificate is on for {options.Url.Host}: the server's TLS certificate is NOT validated");
            }

            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        string? password = options.PasswordFor(user);
        switch (options.Authentication)
        {
            case MapiHttpAuthentication.Basic:
                // Sent up front, so a POST body is not sent twice for a 401 challenge.
                authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user.Name}:{password}")));
                break;
            case MapiHttpAuthentication.Negotiate:
            case MapiHttpAuthentication.Ntlm:
                // Without the gss-ntlmssp GSSAPI plug-in (absent on a plain Debian) Linux has no NTLM provider;
                // .NET's managed NTLM fills in, and Negotiate falls back to it when there is no Kerberos ticket.
                AppContext.SetSwitch("System.Net.Security.UseManagedNtlm", true);
                handler.Credentials = new CredentialCache
                {
                    { options.Url, options.Authentication == MapiHttpAuthentication.Ntlm ? "NTLM" : "Negotiate", new NetworkCredential(user.Name, password) },
                };
                handler.PreAuthenticate = true;
                break;
            case MapiHttpAuthentication.Bearer:
                string token = Environment.GetEnvironmentVariable(options.TokenVariable!)
                    ?? throw new InvalidOperationException($"environment variable {options.TokenVariable} (option TokenVariable) is not set: no bearer token");
                authorization = new AuthenticationHeaderValue("Bearer", token);
                break;
            case MapiHttpAuthentication.None:
                break;
        }

        client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public CookieContainer Cookies { get; }

    /// <summary>
    /// POSTs <paramref name="content"/> with this transport's authentication, TLS rules and RequestTimeout (used by
    /// POX Autodiscover); returns the status and at most <paramref name="maximumBytes"/> of the body, or throws
    /// <see cref="MapiHttpException"/> of kind <paramref name="requestType"/>.
    /// </summary>
    public async Task<(int Status, byte[] Body)> PostAsync(string requestType, HttpContent content, IEnumerable<(string Name, string Value)> headers, int maximumBytes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var total = new CancellationTokenSource(options.RequestTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Version = HttpVersion.Version11, Content = content };
        foreach ((string name, string value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.Authorization = authorization;
        try
        {
            using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.Content.Headers.ContentLength > maximumBytes)
            {
                throw new MapiHttpException(MapiHttpFailure.ResponseTooLarge, requestType, $"Content-Length {response.Content.Headers.ContentLength} is above {maximumBytes} bytes") { HttpStatusCode = (int)response.StatusCode, Elapsed = clock.Elapsed };
            }

            await using Stream body = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            using var kept = new MemoryStream();
            byte[] chunk = new byte[8192];
            for (int read; (read = await body.ReadAsync(chunk, linked.Token).ConfigureAwait(false)) > 0;)
            {
                if (kept.Length + read > maximumBytes)
                {
                    throw new MapiHttpException(MapiHttpFailure.ResponseTooLarge, requestType, $"the body is longer than {maximumBytes} bytes") { HttpStatusCode = (int)response.StatusCode, Elapsed = clock.Elapsed };
                }

                kept.Write(chunk, 0, read);
            }

            return ((int)response.StatusCode, kept.ToArray());
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MapiHttpException(MapiHttpFailure.RequestTimeout, requestType, $"no complete response within RequestTimeout {options.RequestTimeout.TotalMilliseconds:F0} ms", e) { Elapsed = clock.Elapsed };
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new MapiHttpException(MapiHttpFailure.ConnectionFailed, requestType, e.Message, e) { Elapsed = clock.Elapsed };
        }
    }

    /// <summary>Sends one request and reads its whole response, or throws <see cref="MapiHttpException"/>.</summary>
    /// <param name="body">The request body; null for PING, which has none ([MS-OXCMAPIHTTP] 2.2.6).</param>
    public async Task<MapiHttpReply> SendAsync(string requestType, byte[]? body, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var total = new CancellationTokenSource(options.RequestTimeout);
        using var idle = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token, idle.Token);
        string requestId = requestIdPrefix + Interlocked.Increment(ref requestCounter).ToString(CultureInfo.InvariantCulture);
        int metaTags = 0;
        MapiHttpMetaTag? lastTag = null;
        string stage = "waiting for the response headers";

        MapiHttpException Fail(MapiHttpFailure failure, string detail, Exception? inner = null, int? status = null, MapiHttpResponseCode? code = null) =>
            new(failure, requestType, $"{detail} (X-RequestId {requestId}, after {clock.Elapsed.TotalMilliseconds:F0} ms)", inner)
            {
                HttpStatusCode = status,
                ResponseCode = code,
                Elapsed = clock.Elapsed,
            };

        MapiHttpException Canceled(Exception inner) =>
            total.IsCancellationRequested
                ? Fail(MapiHttpFailure.RequestTimeout, $"no complete response within RequestTimeout {options.RequestTimeout.TotalMilliseconds:F0} ms while {stage}; {metaTags} meta-tag(s) received{(lastTag is { } t ? $", last {t}" : string.Empty)}", inner)
                : Fail(MapiHttpFailure.PendingTimeout, $"nothing for PendingTimeout {options.PendingTimeout.TotalMilliseconds:F0} ms while {stage}; {metaTags} meta-tag(s) received{(lastTag is { } t2 ? $", last {t2}" : string.Empty)}, no PENDING keep-alive or DONE followed", inner);

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Version = HttpVersion.Version11 };

        // [MS-OXCMAPIHTTP] 2.2.2.1 and 2.2.3: the headers every request carries.
        request.Headers.TryAddWithoutValidation(MapiHttpHeaders.RequestType, requestType);
        request.Headers.TryAddWithoutValidation(MapiHttpHeaders.RequestId, requestId);
        request.Headers.TryAddWithoutValidation(MapiHttpHeaders.ClientInfo, clientInfo);
        request.Headers.TryAddWithoutValidation(MapiHttpHeaders.ClientApplication, options.ClientApplication);
        request.Headers.Authorization = authorization;
        request.Content = new ByteArrayContent(body ?? []);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MapiHttpHeaders.MapiHttpContentType);

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Canceled(e);
        }
        catch (HttpRequestException e)
        {
            MapiHttpFailure failure = e.HttpRequestError is HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse
                ? MapiHttpFailure.ConnectionClosed
                : MapiHttpFailure.ConnectionFailed;
            throw Fail(failure, $"{e.HttpRequestError}: {e.Message}", e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException && options.Authentication is MapiHttpAuthentication.Ntlm or MapiHttpAuthentication.Negotiate)
        {
            // The platform's NTLM / Negotiate handshake can throw on a malformed or missing server challenge; that is
            // the server's answer failing authentication, and it must end as the typed error like any other.
            throw Fail(MapiHttpFailure.Unauthorized, $"the {options.Authentication} handshake failed on the server's challenge: {e.Message}", e);
        }

        using (response)
        {
            int status = (int)response.StatusCode;
            string? codeText = Header(response, MapiHttpHeaders.ResponseCode);
            bool hasCode = MapiHttpResponseCodeNames.TryParse(codeText, out MapiHttpResponseCode code);
            string codeNote = codeText is null ? string.Empty : hasCode ? $", X-ResponseCode {(uint)code} ({MapiHttpResponseCodeNames.Name(code)})" : $", X-ResponseCode '{codeText}'";
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                string challenges = string.Join(", ", response.Headers.WwwAuthenticate.Select(c => c.Scheme));
                throw Fail(MapiHttpFailure.Unauthorized, $"HTTP 401 {response.ReasonPhrase}: credentials refused for {options.Authentication}; server offers WWW-Authenticate: {(challenges.Length == 0 ? "(none)" : challenges)}{codeNote}", status: status, code: hasCode ? code : null);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw Fail(MapiHttpFailure.HttpStatus, $"HTTP {status} {response.ReasonPhrase}, 200 expected{codeNote}", status: status, code: hasCode ? code : null);
            }

            // [MS-OXCMAPIHTTP] 2.2.3.3.3: X-ResponseCode is on every response; nonzero means the request failed.
            if (codeText is null)
            {
                throw Fail(MapiHttpFailure.MalformedResponse, "the X-ResponseCode header is missing", status: status);
            }

            if (!hasCode)
            {
                throw Fail(MapiHttpFailure.MalformedResponse, $"X-ResponseCode '{codeText}' is not a decimal number", status: status);
            }

            if (code != MapiHttpResponseCode.Success)
            {
                throw Fail(MapiHttpFailure.ResponseCode, $"X-ResponseCode {(uint)code} ({MapiHttpResponseCodeNames.Name(code)})", status: status, code: code);
            }

            string? mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!string.Equals(mediaType, MapiHttpHeaders.MapiHttpContentType, StringComparison.OrdinalIgnoreCase))
            {
                throw Fail(MapiHttpFailure.ContentType, $"Content-Type '{mediaType ?? "(none)"}', {MapiHttpHeaders.MapiHttpContentType} expected", status: status);
            }

            if (response.Content.Headers.ContentLength is long length && length > options.MaxResponseSize)
            {
                throw Fail(MapiHttpFailure.ResponseTooLarge, $"Content-Length {length} exceeds MaxResponseSize {options.MaxResponseSize}", status: status);
            }

            string? serverApplication = Header(response, MapiHttpHeaders.ServerApplication);
            var limits = new MapiHttpResponseReaderLimits { MaxBodySize = options.MaxResponseSize };
            MapiHttpResponse parsed;
            try
            {
                stage = "reading the response stream";
                idle.CancelAfter(options.PendingTimeout);
                Stream stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
                parsed = await MapiHttpResponseReader.ReadAsync(
                    stream,
                    limits,
                    tag =>
                    {
                        // [MS-OXCMAPIHTTP] 2.2.7: every meta-tag shows the server is alive; the silence bound restarts.
                        metaTags++;
                        lastTag = tag;
                        stage = tag == MapiHttpMetaTag.Done ? "reading the additional headers and body after DONE" : "waiting for PENDING or DONE";
                        idle.CancelAfter(options.PendingTimeout);
                    },
                    linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw Canceled(e);
            }
            catch (ProtocolException e) when (e.Kind == ProtocolErrorKind.CountTooLarge && e.Field == "Body")
            {
                throw Fail(MapiHttpFailure.ResponseTooLarge, $"response body exceeds MaxResponseSize {options.MaxResponseSize}: {e.Message}", e, status);
            }
            catch (ProtocolException e)
            {
                throw Fail(MapiHttpFailure.MalformedResponse, e.Message, e, status);
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                throw Fail(MapiHttpFailure.ConnectionClosed, $"the connection broke while {stage} ({metaTags} meta-tag(s) received): {e.Message}", e, status);
            }

            return new MapiHttpReply(requestId, serverApplication, parsed, clock.Elapsed);
        }
    }

    public void Dispose() => client.Dispose();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;
}
