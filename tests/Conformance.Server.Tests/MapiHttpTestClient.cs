namespace Conformance.Server.Tests;

using System.Net.Http.Headers;
using System.Text;
using Conformance.Adapters;
using Conformance.Protocol.MapiHttp;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rpc;

/// <summary>
/// A bare MAPI over HTTP client for the tests: HttpClient, the codec's bodies and the response stream reader, with
/// the cookies kept by hand so tests can drop or replay them.
/// </summary>
internal sealed class MapiHttpTestClient(Uri endpoint, TargetUser user, string? password = null) : IDisposable
{
    public const string ContextCookie = "MapiContext";
    public const string SequenceCookie = "MapiSequence";

    // [MS-OXCRPC] 3.1.4.2: pulFlags bits.
    public const uint NoCompression = 0x1;
    public const uint NoXorMagic = 0x2;

    public static readonly PropertyTag MailboxOwnerName = new(0x661C, PropertyType.PtypString);

    private readonly HttpClient http = new(new SocketsHttpHandler { UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };
    private int requestNumber;

    public TargetUser User { get; } = user;

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    public string Authorization { get; set; } = Basic(user.Name, password ?? user.Password!);

    public static string Basic(string name, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(name + ":" + password));

    public static byte[] ConnectBody(string userDn) => new ConnectRequestBody(userDn, 0, 1252, 1033, 1033, []).ToBytes();

    /// <summary>RopLogon to the user's mailbox (output handle index 0), then RopGetPropertiesSpecific on it.</summary>
    public RopRequest[] LogonAndGetProperties(int tagCount = 1) =>
    [
        new RopLogonRequest { OutputHandleIndex = 0, LogonFlags = LogonFlags.Private, OpenFlags = OpenFlags.UsePerMdbReplidMapping, Essdn = User.Essdn },
        new RopGetPropertiesSpecificRequest { InputHandleIndex = 0, WantUnicode = true, PropertyTags = Enumerable.Repeat(MailboxOwnerName, tagCount).ToArray() },
    ];

    public static byte[] RopInput(IReadOnlyList<RopRequest> requests) => new RopInputBuffer(requests.ToArray(), new[] { RopSession.UnusedHandle }).ToBytes();

    public static byte[] ExecuteBody(byte[] ropInput, uint flags, ExtendedBufferOptions? transform = null, uint maxRopOut = 0x40000) =>
        new ExecuteRequestBody(flags, ExtendedBufferCodec.Encode([ropInput], transform ?? ExtendedBufferOptions.None), maxRopOut, []).ToBytes();

    public Task<Exchange> ConnectAsync() => SendAsync(MapiHttpRequestType.Connect, ConnectBody(User.Essdn));

    public Task<Exchange> ExecuteAsync(IReadOnlyList<RopRequest> requests, uint flags = NoCompression | NoXorMagic) =>
        SendAsync(MapiHttpRequestType.Execute, ExecuteBody(RopInput(requests), flags));

    public Task<Exchange> DisconnectAsync() => SendAsync(MapiHttpRequestType.Disconnect, new DisconnectRequestBody([]).ToBytes());

    public Task<Exchange> PingAsync() => SendAsync(MapiHttpRequestType.Ping, null);

    /// <summary>POSTs one request with the kept cookies; the response's Set-Cookie values replace them.</summary>
    public async Task<Exchange> SendAsync(string requestType, byte[]? body, Action<HttpRequestMessage>? adjust = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, endpoint);
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        request.Headers.Add(MapiHttpHeaders.RequestType, requestType);
        request.Headers.Add(MapiHttpHeaders.RequestId, $"{Guid.Empty}:{++requestNumber}");
        request.Headers.Add(MapiHttpHeaders.ClientInfo, "{7A1E5F0C-0000-0000-0000-000000000001}:1");
        request.Headers.Add(MapiHttpHeaders.ClientApplication, "Conformance.Server.Tests/1.0");
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MapiHttpHeaders.MapiHttpContentType);
        }

        adjust?.Invoke(request);
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var setCookies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? values))
        {
            foreach (string value in values)
            {
                string pair = value.Split(';')[0];
                int equals = pair.IndexOf('=', StringComparison.Ordinal);
                setCookies[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
        }

        foreach ((string name, string value) in setCookies)
        {
            if (value.Length == 0)
            {
                Cookies.Remove(name);
            }
            else
            {
                Cookies[name] = value;
            }
        }

        MapiHttpResponse? stream = null;
        if (response.StatusCode == System.Net.HttpStatusCode.OK)
        {
            await using Stream content = await response.Content.ReadAsStreamAsync();
            stream = await MapiHttpResponseReader.ReadAsync(content);
        }

        string Header(string name) => response.Headers.TryGetValues(name, out IEnumerable<string>? v) ? string.Join(",", v) : string.Empty;
        var headers = new[]
        {
            MapiHttpHeaders.RequestType, MapiHttpHeaders.RequestId, MapiHttpHeaders.ResponseCode, MapiHttpHeaders.ServerApplication,
            MapiHttpHeaders.PendingPeriod, MapiHttpHeaders.ClientInfo, "WWW-Authenticate",
        }.ToDictionary(n => n, Header, StringComparer.OrdinalIgnoreCase);
        headers[MapiHttpHeaders.ContentType] = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        headers["Sent-" + MapiHttpHeaders.RequestId] = request.Headers.TryGetValues(MapiHttpHeaders.RequestId, out IEnumerable<string>? sent) ? sent.Single() : string.Empty;
        return new Exchange((int)response.StatusCode, headers, setCookies, stream);
    }

    public void Dispose() => http.Dispose();
}

/// <summary>One request's answer: HTTP status, the headers of interest, the Set-Cookie values (empty when deleted) and the parsed stream.</summary>
internal sealed record Exchange(int Status, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, string> SetCookies, MapiHttpResponse? Stream)
{
    public MapiHttpResponseCode ResponseCode =>
        MapiHttpResponseCodeNames.TryParse(Headers[MapiHttpHeaders.ResponseCode], out MapiHttpResponseCode code) ? code : throw new AssertionException($"X-ResponseCode '{Headers[MapiHttpHeaders.ResponseCode]}' is not a number");

    public byte[] Body => (Stream ?? throw new AssertionException($"HTTP {Status}, no response stream")).Body;

    /// <summary>Asserts a protocol failure: the code in X-ResponseCode and a failure body carrying it ([MS-OXCMAPIHTTP] 2.2.4.x.3).</summary>
    public void AssertFailure(MapiHttpResponseCode expected)
    {
        Assert.That(Status, Is.EqualTo(200), "HTTP status of a protocol-level failure");
        Assert.That(ResponseCode, Is.EqualTo(expected), MapiHttpResponseCodeNames.Name(expected));
        MapiHttpFailureResponseBody failure = MapiHttpFailureResponseBody.Decode(Body);
        Assert.That(failure.StatusCode, Is.Not.Zero);
    }
}
