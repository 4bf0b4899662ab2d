namespace Conformance.Protocol.MapiHttp;

using System.Text;

/// <summary>
/// Writes a response stream in the common response format ([MS-OXCMAPIHTTP] 2.2.2.2) for the server: PROCESSING,
/// PENDING keep-alives, then DONE with the additional headers and the body. Each call flushes, so keep-alives reach
/// the client as they are written; calls are serialized, so a keep-alive timer may run beside the request's work.
/// </summary>
public sealed class MapiHttpResponseWriter(Stream stream) : IDisposable
{
    private static readonly byte[] Processing = Encoding.ASCII.GetBytes("PROCESSING\r\n");
    private static readonly byte[] Pending = Encoding.ASCII.GetBytes("PENDING\r\n");

    private readonly Stream stream = stream ?? throw new ArgumentNullException(nameof(stream));
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool processingWritten;
    private bool doneWritten;

    /// <summary>True once DONE has been written; PENDING is no longer allowed.</summary>
    public bool IsCompleted => doneWritten;

    public Task WriteProcessingAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(Processing, MapiHttpMetaTag.Processing, cancellationToken);

    public Task WritePendingAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(Pending, MapiHttpMetaTag.Pending, cancellationToken);

    /// <summary>Writes DONE, each header as <c>Name: value</c>, the empty line and the body.</summary>
    public Task WriteDoneAsync(IEnumerable<KeyValuePair<string, string>> additionalHeaders, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(additionalHeaders);
        var text = new StringBuilder("DONE\r\n");
        foreach (KeyValuePair<string, string> header in additionalHeaders)
        {
            if (header.Key.Length == 0 || header.Key.AsSpan().ContainsAny(":\r\n \t") || header.Value.AsSpan().ContainsAny("\r\n"))
            {
                throw new ArgumentException($"header '{header.Key}' cannot be written as one 'Name: value' line", nameof(additionalHeaders));
            }

            text.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }

        text.Append("\r\n");
        byte[] head = Encoding.Latin1.GetBytes(text.ToString());
        byte[] all = new byte[head.Length + body.Length];
        head.CopyTo(all, 0);
        body.Span.CopyTo(all.AsSpan(head.Length));
        return WriteAsync(all, MapiHttpMetaTag.Done, cancellationToken);
    }

    public void Dispose() => gate.Dispose();

    private async Task WriteAsync(byte[] bytes, MapiHttpMetaTag tag, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // [MS-OXCMAPIHTTP] 2.2.7: PROCESSING once and first; PENDING only in between; DONE once and last.
            bool allowed = tag switch
            {
                MapiHttpMetaTag.Processing => !processingWritten,
                _ => processingWritten && !doneWritten,
            };
            if (!allowed)
            {
                throw new InvalidOperationException($"{tag} cannot be written now (PROCESSING written: {processingWritten}, DONE written: {doneWritten})");
            }

            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            processingWritten = true;
            doneWritten |= tag == MapiHttpMetaTag.Done;
        }
        finally
        {
            gate.Release();
        }
    }
}
