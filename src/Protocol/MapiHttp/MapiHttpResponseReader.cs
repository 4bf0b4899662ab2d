namespace Conformance.Protocol.MapiHttp;

using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Conformance.Protocol.Encoding;

/// <summary>
/// Reads a response stream in the common response format ([MS-OXCMAPIHTTP] 2.2.2.2): meta-tag lines
/// (PROCESSING, PENDING..., DONE; 2.2.7), additional header lines, an empty line, then the binary body to the end
/// of the stream. Input arrives in any split; every malformation raises <see cref="ProtocolException"/> with the
/// absolute offset in the stream. Cancellation (the caller's deadline) surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public static class MapiHttpResponseReader
{
    public const string StructureName = "MapiHttpResponse";

    private enum State
    {
        MetaTags,
        Headers,
        Body,
    }

    public static async Task<MapiHttpResponse> ReadAsync(Stream stream, MapiHttpResponseReaderLimits? limits = null, Action<MapiHttpMetaTag>? onMetaTag = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        PipeReader pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            return await ReadAsync(pipe, limits, onMetaTag, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await pipe.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <param name="onMetaTag">Called as each meta-tag arrives, for example to restart a keep-alive timer on PENDING.</param>
    public static async Task<MapiHttpResponse> ReadAsync(PipeReader reader, MapiHttpResponseReaderLimits? limits = null, Action<MapiHttpMetaTag>? onMetaTag = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        limits ??= MapiHttpResponseReaderLimits.Default;
        var parser = new Parser(limits, onMetaTag);
        while (true)
        {
            ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            SequencePosition consumed = parser.Consume(buffer, result.IsCompleted);
            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return parser.Finish();
            }

            reader.AdvanceTo(consumed, buffer.End);
        }
    }

    private sealed class Parser(MapiHttpResponseReaderLimits limits, Action<MapiHttpMetaTag>? onMetaTag)
    {
        private readonly List<MapiHttpMetaTag> metaTags = [];
        private readonly List<KeyValuePair<string, string>> headers = [];
        private readonly ArrayBufferWriter<byte> body = new();
        private State state = State.MetaTags;
        private long offset;
        private int pendingCount;

        /// <summary>Takes what it can from <paramref name="buffer"/> and returns how far it got.</summary>
        public SequencePosition Consume(ReadOnlySequence<byte> buffer, bool isCompleted)
        {
            var sequence = new SequenceReader<byte>(buffer);
            while (state != State.Body)
            {
                long lineStart = offset;
                if (!sequence.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
                {
                    long unterminated = sequence.Remaining;
                    if (unterminated > limits.MaxLineLength + 1L)
                    {
                        throw Error(lineStart, LineField, ProtocolErrorKind.CountTooLarge, $"line longer than {limits.MaxLineLength} bytes without CRLF");
                    }

                    if (isCompleted)
                    {
                        string where = state == State.MetaTags ? "before the DONE meta-tag" : "before the empty line that ends the additional headers";
                        throw Error(lineStart + unterminated, LineField, ProtocolErrorKind.Truncated, $"stream ended {where}");
                    }

                    return sequence.Position;
                }

                offset += line.Length + 1;
                if (line.Length > limits.MaxLineLength + 1L)
                {
                    throw Error(lineStart, LineField, ProtocolErrorKind.CountTooLarge, $"line of {line.Length - 1} bytes exceeds {limits.MaxLineLength}");
                }

                if (line.Length == 0 || line.Slice(line.Length - 1).FirstSpan[0] != (byte)'\r')
                {
                    throw Error(lineStart + line.Length, LineField, ProtocolErrorKind.InvalidValue, "line ends with LF alone, CRLF required");
                }

                string text = Encoding.Latin1.GetString(line.Slice(0, line.Length - 1));
                if (state == State.MetaTags)
                {
                    MetaTag(text, lineStart);
                }
                else
                {
                    Header(text, lineStart);
                }
            }

            ReadOnlySequence<byte> rest = sequence.UnreadSequence;
            if (body.WrittenCount + rest.Length > limits.MaxBodySize)
            {
                throw Error(offset + (limits.MaxBodySize - body.WrittenCount), "Body", ProtocolErrorKind.CountTooLarge, $"body exceeds {limits.MaxBodySize} bytes");
            }

            foreach (ReadOnlyMemory<byte> segment in rest)
            {
                body.Write(segment.Span);
            }

            offset += rest.Length;
            return buffer.End;
        }

        public MapiHttpResponse Finish() => new(metaTags, headers, body.WrittenSpan.ToArray());

        private string LineField => state == State.MetaTags ? "MetaTag" : "AdditionalHeader";

        private void MetaTag(string text, long at)
        {
            MapiHttpMetaTag tag = text switch
            {
                "PROCESSING" => MapiHttpMetaTag.Processing,
                "PENDING" => MapiHttpMetaTag.Pending,
                "DONE" => MapiHttpMetaTag.Done,
                _ => throw Error(at, "MetaTag", ProtocolErrorKind.InvalidValue, $"'{Printable(text)}' is not PROCESSING, PENDING or DONE"),
            };

            // [MS-OXCMAPIHTTP] 2.2.7: PROCESSING opens the stream; PENDING repeats while the server works; DONE ends the tags.
            bool first = metaTags.Count == 0;
            if (first != (tag == MapiHttpMetaTag.Processing))
            {
                string detail = first ? $"stream starts with {text}, PROCESSING expected first" : "PROCESSING repeated";
                throw Error(at, "MetaTag", ProtocolErrorKind.InvalidValue, detail);
            }

            if (tag == MapiHttpMetaTag.Pending && ++pendingCount > limits.MaxPendingCount)
            {
                throw Error(at, "MetaTag", ProtocolErrorKind.CountTooLarge, $"more than {limits.MaxPendingCount} PENDING meta-tags");
            }

            metaTags.Add(tag);
            if (tag == MapiHttpMetaTag.Done)
            {
                state = State.Headers;
            }

            onMetaTag?.Invoke(tag);
        }

        private void Header(string text, long at)
        {
            if (text.Length == 0)
            {
                state = State.Body;
                return;
            }

            int colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || text.AsSpan(0, colon).ContainsAny(" \t") || ContainsControl(text))
            {
                throw Error(at, "AdditionalHeader", ProtocolErrorKind.InvalidValue, $"'{Printable(text)}' is not a 'Name: value' header line");
            }

            if (headers.Count >= limits.MaxHeaderCount)
            {
                throw Error(at, "AdditionalHeader", ProtocolErrorKind.CountTooLarge, $"more than {limits.MaxHeaderCount} additional headers");
            }

            headers.Add(new(text[..colon], text[(colon + 1)..].Trim(' ', '\t')));
        }

        private static bool ContainsControl(string text)
        {
            foreach (char c in text)
            {
                if ((c < 0x20 && c != '\t') || c == 0x7F)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Printable(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text.Length > 40 ? text[..40] : text)
            {
                builder.Append(c is >= ' ' and < (char)0x7F ? c.ToString() : $"\\x{(int)c:X2}");
            }

            return text.Length > 40 ? builder.Append("...").ToString() : builder.ToString();
        }

        private static ProtocolException Error(long at, string field, ProtocolErrorKind kind, string detail) =>
            new(StructureName, field, (int)Math.Min(at, int.MaxValue), kind, detail);
    }
}
