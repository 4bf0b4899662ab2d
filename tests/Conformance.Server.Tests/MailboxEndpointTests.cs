namespace Conformance.Server.Tests;

using System.Globalization;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.MapiHttp;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rpc;

/// <summary>The served mailbox endpoint through plain HTTP and the codec; expected values cite [MS-OXCMAPIHTTP] and [MS-OXCRPC].</summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed class MailboxEndpointTests
{
    private StoreHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => host = await ServedStore.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [TearDown]
    public void NoInternalErrors() => Assert.That(host.Server.InternalErrors, Is.Empty, "exceptions inside the store or endpoint");

    [Test]
    public async Task ConnectExecuteDisconnect_HappyPath()
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        Exchange connect = await client.ConnectAsync();
        AssertCommonResponse(connect, MapiHttpRequestType.Connect);

        // [MS-OXCMAPIHTTP] 3.2.5.1: the Connect answer carries the Session Context cookies.
        Assert.That(connect.SetCookies.Keys, Is.SupersetOf(new[] { MapiHttpTestClient.ContextCookie, MapiHttpTestClient.SequenceCookie }));
        ConnectSuccessResponseBody connected = ConnectSuccessResponseBody.Decode(connect.Body);
        Assert.Multiple(() =>
        {
            Assert.That(connected.ErrorCode, Is.Zero);
            Assert.That(client.User.Essdn, Does.StartWith(connected.DnPrefix + "/"), "DnPrefix is the DN before the user's own RDN");
            Assert.That(connected.DisplayName, Is.Not.Empty);
        });

        string sequence = client.Cookies[MapiHttpTestClient.SequenceCookie];
        RopRequest[] requests = client.LogonAndGetProperties();
        Exchange execute = await client.ExecuteAsync(requests);
        AssertCommonResponse(execute, MapiHttpRequestType.Execute);
        Assert.That(client.Cookies[MapiHttpTestClient.SequenceCookie], Is.Not.EqualTo(sequence), "the sequence cookie advances per request");
        ExecuteSuccessResponseBody executed = ExecuteSuccessResponseBody.Decode(execute.Body);
        Assert.That(executed.ErrorCode, Is.Zero);
        Assert.That(executed.Flags, Is.Zero, "[MS-OXCRPC] 3.1.4.2: pulFlags out is 0");

        // Flags 0x3 asked for neither compression nor obfuscation: one plain extended buffer with Last.
        Assert.That(BitConverter.ToUInt16(executed.RopBuffer, 2), Is.EqualTo((ushort)RpcHeaderExtFlags.Last));
        var responses = DecodeRops(executed.RopBuffer, requests);
        Assert.That(responses[0], Is.InstanceOf<RopLogonPrivateMailboxResponse>());
        var properties = (RopGetPropertiesSpecificResponse)responses[1];
        Assert.That(properties.ReturnValue, Is.Zero);
        Assert.That(properties.RowData.ValueArray[0].Value, Is.EqualTo(PropertyValue.String(client.User.Name)), "PidTagMailboxOwnerName");

        Exchange disconnect = await client.DisconnectAsync();
        AssertCommonResponse(disconnect, MapiHttpRequestType.Disconnect);
        Assert.That(DisconnectSuccessResponseBody.Decode(disconnect.Body).ErrorCode, Is.Zero);
        Assert.That(disconnect.SetCookies[MapiHttpTestClient.ContextCookie], Is.Empty, "the context cookie is deleted");

        // [MS-OXCMAPIHTTP] 3.2.5.6: the ended Session Context is not found any more.
        client.Cookies[MapiHttpTestClient.ContextCookie] = connect.SetCookies[MapiHttpTestClient.ContextCookie];
        client.Cookies[MapiHttpTestClient.SequenceCookie] = execute.SetCookies[MapiHttpTestClient.SequenceCookie];
        (await client.ExecuteAsync(requests)).AssertFailure(MapiHttpResponseCode.ContextNotFound);
    }

    [Test]
    public async Task Ping_AnswersWithoutBody()
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        Exchange ping = await client.PingAsync();
        AssertCommonResponse(ping, MapiHttpRequestType.Ping);
        Assert.That(ping.Body, Is.Empty, "[MS-OXCMAPIHTTP] 2.2.6: no response body");
    }

    [Test]
    public async Task MailboxIdQuery_IsAccepted()
    {
        // Autodiscover hands out the endpoint with ?MailboxId=<mailbox GUID>@<domain>; the path is what routes.
        using var client = new MapiHttpTestClient(new Uri(host.MailboxEndpointUrl, "?MailboxId=0f3c1e2a-0000-0000-0000-000000000001@conformance.test"), host.Users[0]);
        Assert.That((await client.ConnectAsync()).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        Assert.That((await client.DisconnectAsync()).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
    }

    [Test]
    public async Task Reconnect_WithLiveCookies_EndsTheOldContext()
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        await client.ConnectAsync();
        string oldContext = client.Cookies[MapiHttpTestClient.ContextCookie];
        int open = host.SessionContextCount;

        // [MS-OXCMAPIHTTP] 3.2.5.6: the old Session Context is destroyed, a new cookie comes back, the old sequence is ignored.
        Exchange again = await client.ConnectAsync();
        Assert.That(again.ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        Assert.That(client.Cookies[MapiHttpTestClient.ContextCookie], Is.Not.EqualTo(oldContext));
        Assert.That(host.SessionContextCount, Is.EqualTo(open));
        Assert.That((await client.ExecuteAsync(client.LogonAndGetProperties())).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        await client.DisconnectAsync();
    }

    [TestCase(0u, RpcHeaderExtFlags.Compressed | RpcHeaderExtFlags.XorMagic)]
    [TestCase(MapiHttpTestClient.NoCompression, RpcHeaderExtFlags.XorMagic)]
    [TestCase(MapiHttpTestClient.NoXorMagic, RpcHeaderExtFlags.Compressed)]
    [TestCase(MapiHttpTestClient.NoCompression | MapiHttpTestClient.NoXorMagic, RpcHeaderExtFlags.None)]
    public async Task Execute_TransformsRopBufferAsFlagsAllow(uint flags, RpcHeaderExtFlags expected)
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        await client.ConnectAsync();

        // 40 copies of one tag: a request and a response that LZ77 shrinks, so Compressed is really used both ways.
        RopRequest[] requests = client.LogonAndGetProperties(tagCount: 40);
        byte[] ropBuffer = ExtendedBufferCodec.Encode([MapiHttpTestClient.RopInput(requests)], new ExtendedBufferOptions { Compress = true, Obfuscate = true });
        Assert.That((RpcHeaderExtFlags)BitConverter.ToUInt16(ropBuffer, 2), Is.EqualTo(RpcHeaderExtFlags.Compressed | RpcHeaderExtFlags.XorMagic | RpcHeaderExtFlags.Last), "request is compressed and obfuscated");
        Exchange execute = await client.SendAsync(MapiHttpRequestType.Execute, new ExecuteRequestBody(flags, ropBuffer, 0x40000, []).ToBytes());
        Assert.That(execute.ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        ExecuteSuccessResponseBody executed = ExecuteSuccessResponseBody.Decode(execute.Body);
        Assert.That(executed.ErrorCode, Is.Zero);

        // [MS-OXCRPC] 3.1.4.2: NoCompression / NoXorMagic forbid the transform; without them the server applies it.
        RpcHeaderExt header = ExtendedBufferCodec.Decode(executed.RopBuffer)[0].Header;
        Assert.That(header.Flags, Is.EqualTo(expected | RpcHeaderExtFlags.Last));
        var properties = (RopGetPropertiesSpecificResponse)DecodeRops(executed.RopBuffer, requests)[1];
        Assert.That(properties.RowData.ValueArray.Select(v => v.Value), Has.All.EqualTo(PropertyValue.String(client.User.Name)));
        await client.DisconnectAsync();
    }

    [Test]
    public async Task Authentication_WrongMissingOrUnknown_Gets401WithBasicChallenge()
    {
        using MapiHttpTestClient wrong = ServedStore.Client(host, password: "not-the-password");
        using MapiHttpTestClient other = ServedStore.Client(host, password: ServedStore.Password2);
        using MapiHttpTestClient missing = ServedStore.Client(host);
        missing.Authorization = string.Empty;
        using MapiHttpTestClient unknown = ServedStore.Client(host);
        unknown.Authorization = MapiHttpTestClient.Basic("nobody", ServedStore.Password1);
        foreach (MapiHttpTestClient client in new[] { wrong, other, missing, unknown })
        {
            Exchange answer = await client.ConnectAsync();

            // RFC 7235 3.1 / RFC 7617 2: 401 with a Basic challenge, and no Session Context made.
            Assert.That(answer.Status, Is.EqualTo(401));
            Assert.That(answer.Headers["WWW-Authenticate"], Does.StartWith("Basic realm="));
            Assert.That(answer.SetCookies, Is.Empty);
        }

        // The SMTP address is accepted as user-id, and the UTF-8 password works.
        using MapiHttpTestClient smtp = ServedStore.Client(host);
        smtp.Authorization = MapiHttpTestClient.Basic("user1@conformance.test", ServedStore.Password1);
        Assert.That((await smtp.PingAsync()).Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Cookies_MissingUnknownOrStale_GetTheirResponseCodes()
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        RopRequest[] requests = client.LogonAndGetProperties();

        // [MS-OXCMAPIHTTP] 2.2.3.3.3: 13 Missing Cookie, 10 Context Not Found, 15 Invalid Sequence.
        (await client.ExecuteAsync(requests)).AssertFailure(MapiHttpResponseCode.MissingCookie);
        client.Cookies[MapiHttpTestClient.ContextCookie] = "no-such-context";
        client.Cookies[MapiHttpTestClient.SequenceCookie] = "x";
        (await client.ExecuteAsync(requests)).AssertFailure(MapiHttpResponseCode.ContextNotFound);
        client.Cookies.Clear();

        await client.ConnectAsync();
        string stale = client.Cookies[MapiHttpTestClient.SequenceCookie];
        Assert.That((await client.ExecuteAsync(requests)).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        string current = client.Cookies[MapiHttpTestClient.SequenceCookie];

        client.Cookies[MapiHttpTestClient.SequenceCookie] = stale;
        (await client.ExecuteAsync(requests)).AssertFailure(MapiHttpResponseCode.InvalidSequence);
        client.Cookies.Remove(MapiHttpTestClient.SequenceCookie);
        (await client.ExecuteAsync(requests)).AssertFailure(MapiHttpResponseCode.MissingCookie);

        // The rejected requests did not move the sequence: the current cookie still works.
        client.Cookies[MapiHttpTestClient.SequenceCookie] = current;
        Assert.That((await client.ExecuteAsync(requests)).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));

        // Another user cannot drive this Session Context (11 No Privilege).
        using MapiHttpTestClient intruder = ServedStore.Client(host, user: 1);
        foreach ((string name, string value) in client.Cookies)
        {
            intruder.Cookies[name] = value;
        }

        (await intruder.ExecuteAsync(requests)).AssertFailure(MapiHttpResponseCode.NoPrivilege);
        await client.DisconnectAsync();
    }

    [Test]
    public async Task MalformedBodies_GetInvalidRequestBody_AndTheServerGoesOn()
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        (await client.SendAsync(MapiHttpRequestType.Connect, [1, 2, 3])).AssertFailure(MapiHttpResponseCode.InvalidRequestBody);
        await client.ConnectAsync();
        byte[] good = MapiHttpTestClient.ExecuteBody(MapiHttpTestClient.RopInput(client.LogonAndGetProperties()), 3);

        // Truncated body, a RopBufferSize past the end, an RPC_HEADER_EXT with Version 1, trailing bytes.
        byte[] badVersion = (byte[])good.Clone();
        badVersion[8] = 1;
        byte[][] malformed = [good[..^3], [.. good[..4], 0xFF, 0xFF, 0xFF, 0x7F, .. good[8..]], badVersion, [.. good, 0]];
        foreach (byte[] body in malformed)
        {
            (await client.SendAsync(MapiHttpRequestType.Execute, body)).AssertFailure(MapiHttpResponseCode.InvalidRequestBody);
        }

        Assert.That((await client.PingAsync()).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        Exchange execute = await client.SendAsync(MapiHttpRequestType.Execute, good);
        Assert.That(ExecuteSuccessResponseBody.Decode(execute.Body).ErrorCode, Is.Zero, "the session still works after malformed bodies");

        // A ROP input buffer the store cannot parse is a call-level error ([MS-OXCRPC] 3.1.4.2 ecRpcFormat), not a transport one.
        Exchange garbage = await client.SendAsync(MapiHttpRequestType.Execute, MapiHttpTestClient.ExecuteBody([0xFF, 0xFF, 0xFF], 3));
        Assert.That(garbage.ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        Assert.That(ExecuteSuccessResponseBody.Decode(garbage.Body).ErrorCode, Is.EqualTo(ErrorCodes.RpcFormat));
        await client.DisconnectAsync();
    }

    [Test]
    public async Task RequestTypeAndVerb_AreChecked()
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        (await client.SendAsync("NoSuchType", [])).AssertFailure(MapiHttpResponseCode.InvalidRequestType);
        (await client.SendAsync(MapiHttpRequestType.Ping, null, method: HttpMethod.Get)).AssertFailure(MapiHttpResponseCode.InvalidVerb);
        (await client.SendAsync(MapiHttpRequestType.Connect, MapiHttpTestClient.ConnectBody(client.User.Essdn), r => r.Content!.Headers.ContentType = new("text/plain")))
            .AssertFailure(MapiHttpResponseCode.InvalidHeader);
        (await client.SendAsync(MapiHttpRequestType.Ping, null, r => r.Headers.Remove(MapiHttpHeaders.RequestId))).AssertFailure(MapiHttpResponseCode.MissingHeader);
    }

    [Test]
    public async Task Connect_ForAnotherUsersDn_IsRefused_AndMakesNoContext()
    {
        using MapiHttpTestClient client = ServedStore.Client(host);
        int before = host.SessionContextCount;
        Exchange connect = await client.SendAsync(MapiHttpRequestType.Connect, MapiHttpTestClient.ConnectBody(host.Users[1].Essdn));
        Assert.That(ConnectSuccessResponseBody.Decode(connect.Body).ErrorCode, Is.Not.Zero);
        Assert.That(connect.SetCookies, Is.Empty);
        Assert.That(host.SessionContextCount, Is.EqualTo(before));
    }

    internal static IReadOnlyList<RopResponse> DecodeRops(byte[] ropBuffer, IReadOnlyList<RopRequest> requests)
    {
        ValueArray<ExtendedBuffer> buffers = ExtendedBufferCodec.Decode(ropBuffer);
        return RopOutputBuffer.Decode(buffers[0].Payload.AsSpan(), requests).RopsList.ToArray();
    }

    /// <summary>[MS-OXCMAPIHTTP] 2.2.2.2, 2.2.3.3, 2.2.7: the headers and the stream shape every success shares.</summary>
    private static void AssertCommonResponse(Exchange answer, string requestType)
    {
        Assert.That(answer.Status, Is.EqualTo(200));
        MapiHttpResponse stream = answer.Stream!;
        Assert.Multiple(() =>
        {
            Assert.That(answer.ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
            Assert.That(answer.Headers[MapiHttpHeaders.RequestType], Is.EqualTo(requestType));
            Assert.That(answer.Headers[MapiHttpHeaders.RequestId], Is.EqualTo(answer.Headers["Sent-" + MapiHttpHeaders.RequestId]), "X-RequestId echoed");
            Assert.That(answer.Headers[MapiHttpHeaders.ClientInfo], Is.Not.Empty, "X-ClientInfo echoed");
            Assert.That(answer.Headers[MapiHttpHeaders.ServerApplication], Is.Not.Empty);
            Assert.That(answer.Headers[MapiHttpHeaders.PendingPeriod], Is.EqualTo("15000"), "the default PendingPeriod in milliseconds");
            Assert.That(answer.Headers[MapiHttpHeaders.ContentType], Is.EqualTo(MapiHttpHeaders.MapiHttpContentType));
            Assert.That(stream.MetaTags, Is.EqualTo(new[] { MapiHttpMetaTag.Processing, MapiHttpMetaTag.Done }));
            Assert.That(long.TryParse(stream.GetHeader(MapiHttpHeaders.ElapsedTime), NumberStyles.None, CultureInfo.InvariantCulture, out _), Is.True, "X-ElapsedTime is milliseconds");
            Assert.That(DateTimeOffset.TryParseExact(stream.GetHeader(MapiHttpHeaders.StartTime), "R", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), Is.True, "X-StartTime");
        });
    }
}
