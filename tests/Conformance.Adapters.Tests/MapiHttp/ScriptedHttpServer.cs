namespace Conformance.Adapters.Tests.MapiHttp;

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// A deliberately simple HTTP/1.1 server on 127.0.0.1:0 over a raw TcpListener, so a test controls every byte and
/// every misbehaviour (silence, a cut connection, a wrong length). Each request goes to <see cref="Respond"/>,
/// which writes the raw response and says whether the connection stays open.
/// </summary>
public sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentBag<TcpClient> clients = [];
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly Task acceptLoop;

    public ScriptedHttpServer(Func<RecordedRequest, Stream, CancellationToken, Task<bool>> respond)
    {
        Respond = respond;
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    /// <summary>Writes the response to one request; returns false to close the connection afterwards.</summary>
    public Func<RecordedRequest, Stream, CancellationToken, Task<bool>> Respond { get; set; }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/mapi/emsmdb/");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Writes a status line and headers; <paramref name="contentLength"/> null means no Content-Length (body ends at close).</summary>
    public static async Task WriteHeadAsync(Stream stream, int status, string reason, IEnumerable<(string Name, string Value)> headers, long? contentLength, CancellationToken cancellationToken)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n");
        foreach ((string name, string value) in headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        text.Append(contentLength is long length ? $"Content-Length: {length}\r\n" : "Connection: close\r\n");
        text.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text.ToString()), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    public static async Task WriteAsciiAsync(Stream stream, string text, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        foreach (TcpClient client in clients)
        {
            client.Dispose();
        }

        try
        {
            await acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                TcpClient client = await listener.AcceptTcpClientAsync(stop.Token);
                clients.Add(client);
                connections.Add(ServeAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            using (client)
            {
                NetworkStream stream = client.GetStream();
                while (await ReadRequestAsync(stream, stop.Token) is { } request)
                {
                    requests.Enqueue(request);
                    if (!await Respond(request, stream, stop.Token))
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The client gave up or the test ended: nothing to do.
        }
    }

    private static async Task<RecordedRequest?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || !(head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return null;
            }

            head.Add(one[0]);
        }

        string[] lines = Encoding.Latin1.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())).ToList();
        int length = headers.Where(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => int.Parse(h.Value, CultureInfo.InvariantCulture)).FirstOrDefault();
        byte[] body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return new RecordedRequest(requestLine[0], requestLine[1], requestLine[2], headers, body);
    }
}
