namespace Conformance.Protocol.Rpc;

using System.Buffers;
using Conformance.Protocol.Encoding;

/// <summary>
/// Reads and writes extended buffers: one payload or a packed chain of payloads, each behind its own
/// RPC_HEADER_EXT, the last one carrying the Last flag ([MS-OXCRPC] 3.1.4.1.1.1, 3.1.4.2.1.1,
/// 3.1.4.2.1.2). The same layout serves rgbIn, rgbOut, rgbAuxIn and rgbAuxOut.
/// </summary>
public static class ExtendedBufferCodec
{
    /// <summary>Decodes a whole buffer; nothing may follow the payload of the header that carries Last.</summary>
    /// <param name="buffer">The buffer, for example rgbIn.</param>
    /// <param name="limits">Size bounds; <see cref="ExtendedBufferLimits.Default"/> when null.</param>
    public static ValueArray<ExtendedBuffer> Decode(ReadOnlySpan<byte> buffer, ExtendedBufferLimits? limits = null)
    {
        limits ??= ExtendedBufferLimits.Default;
        var reader = new ProtocolReader(buffer, 0, RpcHeaderExt.StructureName);
        var buffers = new List<ExtendedBuffer>();
        long total = 0;
        while (true)
        {
            int headerAt = reader.Offset;
            RpcHeaderExt header = RpcHeaderExt.Decode(ref reader);
            int sizeAt = headerAt + 4;
            int sizeActualAt = headerAt + 6;
            if (header.SizeActual > limits.MaximumPayloadSize)
            {
                throw reader.ErrorAt(sizeActualAt, nameof(RpcHeaderExt.SizeActual), ProtocolErrorKind.CountTooLarge, $"SizeActual {header.SizeActual} exceeds the payload limit of {limits.MaximumPayloadSize}");
            }

            total += header.SizeActual;
            if (total > limits.MaximumTotalSize)
            {
                throw reader.ErrorAt(sizeActualAt, nameof(RpcHeaderExt.SizeActual), ProtocolErrorKind.CountTooLarge, $"the payloads add up to {total} bytes, over the limit of {limits.MaximumTotalSize}");
            }

            if (header.Size > reader.Remaining)
            {
                throw reader.ErrorAt(sizeAt, nameof(RpcHeaderExt.Size), ProtocolErrorKind.CountTooLarge, $"Size {header.Size} but {reader.Remaining} byte(s) follow the header");
            }

            int payloadAt = reader.Offset;
            ReadOnlySpan<byte> data = reader.ReadSpan(header.Size, "Payload");
            byte[] payload;
            if (header.IsCompressed)
            {
                // [MS-OXCRPC] 3.1.4.2.1.1.1: obfuscation is applied after compression, so it is reverted first (here byte by byte).
                payload = Lz77Decompressor.Decompress(data, header.SizeActual, payloadAt, header.IsObfuscated ? Obfuscation.XorMagic : (byte)0);
            }
            else
            {
                payload = data.ToArray();
                if (header.IsObfuscated)
                {
                    Obfuscation.Apply(payload);
                }
            }

            buffers.Add(new ExtendedBuffer { Header = header, Payload = payload });
            if (header.IsLast)
            {
                break;
            }

            if (reader.End)
            {
                throw reader.ErrorAt(headerAt + 2, nameof(RpcHeaderExt.Flags), ProtocolErrorKind.Truncated, "the Last flag is clear but no RPC_HEADER_EXT follows");
            }
        }

        if (!reader.End)
        {
            throw reader.Error(nameof(RpcHeaderExt.Flags), ProtocolErrorKind.TrailingBytes, $"{reader.Remaining} byte(s) follow the payload of the header that carries Last");
        }

        return new ValueArray<ExtendedBuffer>([.. buffers]);
    }

    /// <summary>Builds a buffer from plain payloads, the Last flag on the final one.</summary>
    public static byte[] Encode(IEnumerable<ReadOnlyMemory<byte>> payloads, ExtendedBufferOptions options)
    {
        using var writer = new ProtocolWriter(1024);
        Encode(writer, payloads, options);
        return writer.ToArray();
    }

    /// <inheritdoc cref="Encode(IEnumerable{ReadOnlyMemory{byte}}, ExtendedBufferOptions)"/>
    public static void Encode(ProtocolWriter writer, IEnumerable<ReadOnlyMemory<byte>> payloads, ExtendedBufferOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(payloads);
        ArgumentNullException.ThrowIfNull(options);
        ReadOnlyMemory<byte>[] list = [.. payloads];
        if (list.Length == 0)
        {
            throw new InvalidOperationException("an extended buffer needs at least one payload to carry the Last flag");
        }

        RpcHeaderExtFlags common = (options.Compress ? RpcHeaderExtFlags.Compressed : 0) | (options.Obfuscate ? RpcHeaderExtFlags.XorMagic : 0);
        CheckTotal(list.Sum(p => (long)p.Length), options.Limits);
        for (int i = 0; i < list.Length; i++)
        {
            RpcHeaderExtFlags flags = common | (i == list.Length - 1 ? RpcHeaderExtFlags.Last : 0);
            EncodeOne(writer, list[i].Span, flags, compressionRequired: false, options.Limits);
        }
    }

    /// <summary>
    /// Re-encodes decoded buffers with their own Version and Flags (undefined bits included); Size and
    /// SizeActual are recomputed. A Compressed payload is compressed with <see cref="Lz77Compressor"/>,
    /// so its bytes can differ from another compressor's.
    /// </summary>
    public static byte[] Encode(IReadOnlyList<ExtendedBuffer> buffers, ExtendedBufferLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(buffers);
        limits ??= ExtendedBufferLimits.Default;
        if (buffers.Count == 0)
        {
            throw new InvalidOperationException("an extended buffer needs at least one payload to carry the Last flag");
        }

        CheckTotal(buffers.Sum(b => (long)b.Payload.Count), limits);
        using var writer = new ProtocolWriter(1024);
        for (int i = 0; i < buffers.Count; i++)
        {
            RpcHeaderExt header = buffers[i].Header;
            if (header.Version != 0)
            {
                throw new InvalidOperationException($"buffer {i}: RPC_HEADER_EXT Version must be 0, not {header.Version}");
            }

            if (header.IsLast != (i == buffers.Count - 1))
            {
                throw new InvalidOperationException($"buffer {i} of {buffers.Count}: the Last flag must be set on the final buffer only");
            }

            EncodeOne(writer, buffers[i].Payload.AsSpan(), header.Flags, compressionRequired: true, limits);
        }

        return writer.ToArray();
    }

    private static void CheckTotal(long total, ExtendedBufferLimits limits)
    {
        if (total > limits.MaximumTotalSize)
        {
            throw new InvalidOperationException($"the payloads add up to {total} bytes, over the limit of {limits.MaximumTotalSize}");
        }
    }

    private static void EncodeOne(ProtocolWriter writer, ReadOnlySpan<byte> payload, RpcHeaderExtFlags flags, bool compressionRequired, ExtendedBufferLimits limits)
    {
        if (payload.Length > Math.Min(limits.MaximumPayloadSize, ushort.MaxValue))
        {
            throw new InvalidOperationException($"a payload of {payload.Length} bytes exceeds the limit of {Math.Min(limits.MaximumPayloadSize, ushort.MaxValue)}");
        }

        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> data = payload;
            if ((flags & RpcHeaderExtFlags.Compressed) != 0)
            {
                rented = ArrayPool<byte>.Shared.Rent(Lz77Compressor.MaximumCompressedLength(payload.Length));
                int length = Lz77Compressor.Compress(payload, rented);
                if (length < payload.Length)
                {
                    data = rented.AsSpan(0, length);
                }
                else if (compressionRequired)
                {
                    throw new InvalidOperationException($"the Compressed flag is set but compression gives {length} bytes for a {payload.Length}-byte payload; Size must be less than SizeActual");
                }
                else
                {
                    // [MS-OXCRPC] 2.2.2.1: Size must be less than SizeActual, so a payload that does not shrink goes out as it is.
                    flags &= ~RpcHeaderExtFlags.Compressed;
                }
            }

            if ((flags & RpcHeaderExtFlags.XorMagic) != 0)
            {
                // Obfuscate a private copy: the compressed bytes already are one, the plain payload is the caller's.
                if (data == payload)
                {
                    rented ??= ArrayPool<byte>.Shared.Rent(payload.Length);
                    payload.CopyTo(rented);
                }

                Span<byte> obfuscated = rented.AsSpan(0, data.Length);
                Obfuscation.Apply(obfuscated);
                data = obfuscated;
            }

            new RpcHeaderExt(0, flags, (ushort)data.Length, (ushort)payload.Length).Encode(writer);
            writer.WriteBytes(data);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
