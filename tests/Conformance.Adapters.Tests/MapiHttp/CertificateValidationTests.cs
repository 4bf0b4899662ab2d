namespace Conformance.Adapters.Tests.MapiHttp;

using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Conformance.Adapters;
using Conformance.Adapters.MapiHttp;

/// <summary>
/// TLS: the client validates the server certificate unless the target says AllowUntrustedCertificate. A local
/// TLS server with a self-signed certificate (trusted by nobody) answers every request with 401, so a client that
/// got through the handshake fails with Unauthorized, and one that refused the certificate fails before any HTTP.
/// </summary>
public sealed class CertificateValidationTests
{
    private static readonly TargetUser User = new("user1", "/o=First Organization/cn=Recipients/cn=user1", "Secret-Pa55!");

    [Test]
    public async Task A_self_signed_certificate_is_refused_by_default()
    {
        await using var server = await SelfSignedServer.StartAsync();
        await using var target = new MapiHttpTarget("tls", new MapiHttpTargetOptions { Url = server.Url, RequestTimeout = TimeSpan.FromSeconds(5) });
        MapiHttpException error = (await Assert.ThrowsAsync<MapiHttpException>(() => target.ConnectAsync(User)))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.ConnectionFailed));
            Assert.That(error.HttpStatusCode, Is.Null, "no HTTP exchange took place");
            Assert.That(server.HttpRequests, Is.Zero);
        });
    }

    [Test]
    public async Task AllowUntrustedCertificate_accepts_it()
    {
        await using var server = await SelfSignedServer.StartAsync();
        await using var target = new MapiHttpTarget("tls", new MapiHttpTargetOptions { Url = server.Url, RequestTimeout = TimeSpan.FromSeconds(5), AllowUntrustedCertificate = true });
        MapiHttpException error = (await Assert.ThrowsAsync<MapiHttpException>(() => target.ConnectAsync(User)))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.Unauthorized), "the request reached the server and got its 401");
            Assert.That(server.HttpRequests, Is.Positive);
        });
    }

    /// <summary>A TLS listener on 127.0.0.1 with a fresh self-signed certificate; answers each request with 401.</summary>
    private sealed class SelfSignedServer : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly X509Certificate2 certificate;
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;
        private int httpRequests;

        private SelfSignedServer()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
            certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
            listener.Start();
            loop = AcceptAsync();
        }

        public Uri Url => new($"https://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/mapi/emsmdb/");

        public int HttpRequests => Volatile.Read(ref httpRequests);

        public static Task<SelfSignedServer> StartAsync() => Task.FromResult(new SelfSignedServer());

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            try
            {
                await loop;
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }

            certificate.Dispose();
            stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient client = await listener.AcceptTcpClientAsync(stop.Token);
                _ = ServeAsync(client);
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                try
                {
                    await using var tls = new SslStream(client.GetStream());
                    await tls.AuthenticateAsServerAsync(certificate);
                    var head = new StringBuilder();
                    var one = new byte[1];
                    while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await tls.ReadAsync(one, stop.Token) == 1)
                    {
                        head.Append((char)one[0]);
                    }

                    // With TLS 1.3 the server's side of the handshake can finish before the client refuses the certificate,
                    // so only a complete request head counts as an HTTP request.
                    if (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                    {
                        return;
                    }

                    Interlocked.Increment(ref httpRequests);
                    await tls.WriteAsync("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"tls\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), stop.Token);
                }
                catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException or ObjectDisposedException)
                {
                    // The client refusing the certificate ends the handshake here; that is the case under test.
                }
            }
        }
    }
}
