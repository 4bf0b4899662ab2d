namespace Conformance.Server.Tests;

using System.Net;
using Conformance.Protocol.MapiHttp;

/// <summary>Hosts with their own options: keep-alives, body limits, binding and shutdown.</summary>
[TestFixture]
public sealed class StoreHostTests
{
    [Test]
    public async Task SlowExecute_GetsPendingKeepAlives()
    {
        // A 100 ms PendingPeriod and a 450 ms delay before the ROPs run: [MS-OXCMAPIHTTP] 3.2.5.3 wants PENDING meanwhile.
        var options = new MapiHttpServerOptions
        {
            PendingPeriod = TimeSpan.FromMilliseconds(100),
            BeforeExecute = cancellationToken => Task.Delay(450, cancellationToken),
        };
        await using StoreHost host = await ServedStore.StartAsync(options);
        using MapiHttpTestClient client = ServedStore.Client(host);
        await client.ConnectAsync();
        Exchange execute = await client.ExecuteAsync(client.LogonAndGetProperties());
        Assert.Multiple(() =>
        {
            Assert.That(execute.Headers[MapiHttpHeaders.PendingPeriod], Is.EqualTo("100"));
            Assert.That(execute.Stream!.MetaTags[0], Is.EqualTo(MapiHttpMetaTag.Processing));
            Assert.That(execute.Stream.PendingCount, Is.InRange(2, 6));
            Assert.That(execute.Stream.MetaTags[^1], Is.EqualTo(MapiHttpMetaTag.Done));
            Assert.That(ExecuteSuccessResponseBody.Decode(execute.Body).ErrorCode, Is.Zero);
        });
        await client.DisconnectAsync();
    }

    [Test]
    public async Task OversizedBody_GetsTooLarge_WithOrWithoutContentLength()
    {
        await using StoreHost host = await ServedStore.StartAsync(new MapiHttpServerOptions { MaxRequestBodySize = 1024 });
        using MapiHttpTestClient client = ServedStore.Client(host);
        byte[] big = new byte[4096];
        (await client.SendAsync(MapiHttpRequestType.Connect, big)).AssertFailure(MapiHttpResponseCode.TooLarge);

        // Chunked: no Content-Length to check up front, so the limit is found while reading.
        (await client.SendAsync(MapiHttpRequestType.Connect, big, r => r.Headers.TransferEncodingChunked = true)).AssertFailure(MapiHttpResponseCode.TooLarge);
        Assert.That((await client.PingAsync()).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success));
        Assert.That((await client.ConnectAsync()).ResponseCode, Is.EqualTo(MapiHttpResponseCode.Success), "a body under the limit is served");
    }

    [TestCase("http://0.0.0.0:0")]
    [TestCase("http://localhost:5000")]
    [TestCase("http://[::1]:5000")]
    [TestCase("http://192.168.1.10:5000")]
    [TestCase("https://127.0.0.1:5001")]
    [TestCase("http://127.0.0.1")]
    [TestCase("http://127.0.0.1:5000/mapi")]
    public void NonLoopbackOrMalformedUrl_IsRefused(string url) =>
        Assert.That(async () => await StoreHost.StartAsync(ServedStore.Settings(), "inproc", url, null), Throws.ArgumentException);

    [Test]
    public void NonInProcessTarget_IsRefused()
    {
        var settings = ServedStore.Settings();
        settings.Targets["live"] = new Adapters.TargetSettings { Kind = "mapihttp", Url = "https://example.invalid/mapi/emsmdb/" };
        Assert.That(async () => await StoreHost.StartAsync(settings, "live", null, null), Throws.InvalidOperationException);
        Assert.That(async () => await StoreHost.StartAsync(settings, "missing", null, null), Throws.InvalidOperationException);
    }

    [Test]
    public async Task PortZero_ReportsTheBoundLoopbackUrl_AndDisposeStopsListening()
    {
        StoreHost host = await ServedStore.StartAsync();
        Uri url = host.BaseUrl;
        Assert.Multiple(() =>
        {
            Assert.That(url.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(url.Port, Is.Not.Zero);
            Assert.That(host.MailboxEndpointUrl.AbsolutePath, Is.EqualTo("/mapi/emsmdb/"));
            Assert.That(host.ServerControl, Is.SameAs(host.Server.Control));
        });

        using (MapiHttpTestClient client = ServedStore.Client(host))
        {
            await client.ConnectAsync();
            Assert.That(host.SessionContextCount, Is.EqualTo(1));
        }

        await host.DisposeAsync();
        Assert.That(host.SessionContextCount, Is.Zero, "disposal ends the Session Contexts");
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        Assert.That(async () => await probe.GetAsync(url), Throws.InstanceOf<HttpRequestException>());
    }
}
