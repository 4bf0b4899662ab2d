namespace Conformance.Protocol.Tests.Rpc;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rpc;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Tests.Infrastructure;
using Conformance.Protocol.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

/// <summary>Properties of extended buffers, packing and the XorMagic obfuscation ([MS-OXCRPC] 3.1.4.1.1, 3.1.4.2.1).</summary>
public sealed class ExtendedBufferProperties
{
    private static Gen<ExtendedBufferOptions> Options =>
        from compress in DataGenerators.Boolean
        from obfuscate in DataGenerators.Boolean
        select new ExtendedBufferOptions { Compress = compress, Obfuscate = obfuscate };

    /// <summary>One to five payloads of at most 4 KiB each, so a packed buffer stays well inside the limits.</summary>
    private static Gen<byte[][]> PayloadLists =>
        from count in Gen.Choose(1, 5)
        from payloads in Gen.ArrayOf(RpcGenerators.Payload(4096), count)
        select payloads;

    private static Gen<byte[]> ValidBuffers =>
        from payloads in PayloadLists
        from options in Options
        select Encode(payloads, options);

    private static byte[] Encode(byte[][] payloads, ExtendedBufferOptions options) =>
        ExtendedBufferCodec.Encode(payloads.Select(p => (ReadOnlyMemory<byte>)p), options);

    [Test]
    public void DecodeInvertsEncodeForEveryOptionCombination() =>
        PropertyCheck.ForAll(
            from payloads in PayloadLists
            from options in Options
            select (payloads, options),
            t =>
            {
                byte[] bytes = Encode(t.payloads, t.options);
                ValueArray<ExtendedBuffer> decoded = ExtendedBufferCodec.Decode(bytes);
                Assert.That(decoded.Count, Is.EqualTo(t.payloads.Length), "buffer count");
                for (int i = 0; i < decoded.Count; i++)
                {
                    RpcHeaderExt header = decoded[i].Header;
                    Assert.That(decoded[i].Payload.AsSpan().SequenceEqual(t.payloads[i]), Is.True, $"payload {i}");
                    Assert.That(header.IsLast, Is.EqualTo(i == decoded.Count - 1), $"Last on buffer {i}");
                    Assert.That(header.IsObfuscated, Is.EqualTo(t.options.Obfuscate), $"XorMagic on buffer {i}");
                    Assert.That(header.IsCompressed, Is.EqualTo(t.options.Compress && header.Size < header.SizeActual), $"Compressed on buffer {i}");
                    if (t.options.Compress && !header.IsCompressed)
                    {
                        Assert.That(Lz77Compressor.Compress(t.payloads[i]), Has.Length.GreaterThanOrEqualTo(t.payloads[i].Length), "sent uncompressed only when compression does not shrink");
                    }
                }

                // The compressor is deterministic, so decoded buffers re-encode to the same bytes.
                Assert.That(ExtendedBufferCodec.Encode(decoded).AsSpan().SequenceEqual(bytes), Is.True, "re-encoded bytes");
            },
            maxTest: 300);

    [Test]
    public void ObfuscationIsAnInvolution() =>
        PropertyCheck.ForAll(RpcGenerators.Payload(1024), data =>
        {
            byte[] copy = [.. data];
            Obfuscation.Apply(copy);
            Assert.That(copy.Select((b, i) => b ^ data[i]).All(x => x == 0xA5), Is.True, "every byte XORed with 0xA5");
            Obfuscation.Apply(copy);
            Assert.That(copy.AsSpan().SequenceEqual(data), Is.True, "applied twice");
        });

    [Test]
    public void RandomBytesRaiseOnlyProtocolException() =>
        PropertyCheck.ForAll(
            Gen.Choose(0, 64).SelectMany(n => Gen.ArrayOf(DataGenerators.Byte, n)),
            bytes => DecodeOutcome.Run(bytes, Decode),
            maxTest: 2000);

    [Test]
    public void RandomHeadersOverRandomPayloadsRaiseOnlyProtocolException() =>
        // Version 0 and a Size that fits, so decoding gets past the header into payloads and chains.
        PropertyCheck.ForAll(
            from flags in Gen.Choose(0, 7)
            from size in Gen.Choose(0, 40)
            from sizeActual in Gen.Frequency((2, Gen.Constant(size)), (1, Gen.Choose(0, 0x9000)))
            from body in Gen.ArrayOf(DataGenerators.Byte, size)
            from tail in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(DataGenerators.Byte, n))
            select (byte[])[0, 0, (byte)flags, 0, (byte)size, 0, (byte)sizeActual, (byte)(sizeActual >> 8), .. body, .. tail],
            bytes => DecodeOutcome.Run(bytes, Decode),
            maxTest: 2000);

    [Test]
    public void MutatedBuffersRaiseOnlyProtocolException() =>
        PropertyCheck.ForAll(MalformedInputProperties.Mutations(ValidBuffers), bytes => DecodeOutcome.Run(bytes, Decode), maxTest: 1000);

    [Test]
    public void TruncatedBuffersAreRejected() =>
        PropertyCheck.ForAll(
            from bytes in ValidBuffers
            from cut in Gen.Choose(0, bytes.Length - 1)
            select bytes[..cut],
            prefix => Assert.That(DecodeOutcome.Run(prefix, Decode), Is.Null),
            maxTest: 500);

    [Test]
    public void TrailingBytesAfterLastAreRejected() =>
        PropertyCheck.ForAll(
            from bytes in ValidBuffers
            from extra in Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(DataGenerators.Byte, n))
            select (byte[])[.. bytes, .. extra],
            bytes =>
            {
                ProtocolException error = Assert.Throws<ProtocolException>(() => ExtendedBufferCodec.Decode(bytes));
                Assert.That(error.Kind, Is.EqualTo(ProtocolErrorKind.TrailingBytes));
            },
            maxTest: 300);

    private static object Decode(byte[] bytes) => ExtendedBufferCodec.Decode(bytes);
}
