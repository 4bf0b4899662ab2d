namespace Conformance.Protocol.Tests.Rpc;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rpc;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Tests.Infrastructure;
using Conformance.Protocol.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

/// <summary>Properties of the LZ77/DIRECT2 compressor and decompressor ([MS-OXCRPC] 3.1.4.1.1.2).</summary>
public sealed class Lz77Properties
{
    private const int SixtyFourKibibytes = 64 * 1024;

    [Test]
    public void DecompressInvertsCompressForAnyInputUpTo64KiB() =>
        PropertyCheck.ForAll(RpcGenerators.Payload(SixtyFourKibibytes), input => AssertRoundTrip(input), maxTest: 150);

    [Test]
    public void DecompressInvertsCompressForRepetitiveInputUpTo64KiB() =>
        PropertyCheck.ForAll(RpcGenerators.RepetitivePayload(SixtyFourKibibytes), input => AssertRoundTrip(input), maxTest: 150);

    [TestCase(1, 65536, 1)]
    [TestCase(3, 65536, 10)]
    [TestCase(3, 1024, 25)]
    [TestCase(5, 65536, 25)]
    public void RepetitiveInputShrinks(int kind, int length, int maximumPercent)
    {
        // Runs (kind 1), short periods with scattered changes (kind 3) and text (kind 5) must actually compress.
        byte[] input = RpcGenerators.Materialize(kind, length, seed: 7);
        byte[] compressed = AssertRoundTrip(input);
        Assert.That(compressed.Length * 100L, Is.LessThanOrEqualTo(length * (long)maximumPercent), $"{compressed.Length} of {length} bytes");
    }

    private static byte[] AssertRoundTrip(byte[] input)
    {
        byte[] compressed = Lz77Compressor.Compress(input);
        Assert.That(compressed, Has.Length.LessThanOrEqualTo(Lz77Compressor.MaximumCompressedLength(input.Length)));
        byte[] output = Lz77Decompressor.Decompress(compressed, input.Length);
        Assert.That(output.AsSpan().SequenceEqual(input), Is.True, $"round trip of {input.Length} bytes");
        return compressed;
    }

    [Test]
    public void RandomBytesRaiseOnlyProtocolException() =>
        PropertyCheck.ForAll(
            from length in Gen.Choose(0, 96)
            from input in Gen.ArrayOf(DataGenerators.Byte, length)
            from sizeActual in Gen.Choose(0, 4096)
            select (input, sizeActual),
            t => DecodeOutcome.Run(t.input, b => Lz77Decompressor.Decompress(b, t.sizeActual)),
            maxTest: 2000);

    [Test]
    public void RandomMetadataRaisesOnlyProtocolException() =>
        // Bitmasks of all ones make every element metadata, so offsets and length escapes are exercised.
        PropertyCheck.ForAll(
            from length in Gen.Choose(0, 64)
            from body in Gen.ArrayOf(DataGenerators.Byte, length)
            from sizeActual in Gen.Choose(0, 600)
            select (Input: (byte[])[0x00, 0x00, 0x00, 0x80, 0x41, .. body], sizeActual),
            t => DecodeOutcome.Run(t.Input, b => Lz77Decompressor.Decompress(b, t.sizeActual)),
            maxTest: 2000);

    [Test]
    public void MutatedStreamsRaiseOnlyProtocolExceptionOrKeepTheirSize() =>
        PropertyCheck.ForAll(
            from input in RpcGenerators.Payload(4096)
            from mutated in MalformedInputProperties.Mutations(Gen.Constant(Lz77Compressor.Compress(input)))
            select (mutated, input.Length),
            t =>
            {
                byte[]? output = DecodeOutcome.Run(t.mutated, b => Lz77Decompressor.Decompress(b, t.Length));
                if (output is not null)
                {
                    Assert.That(output, Has.Length.EqualTo(t.Length));
                }
            },
            maxTest: 1000);

    [Test]
    public void EveryStrictPrefixOfAStreamIsRejected() =>
        // The end bit is mandatory, so no cut of a valid stream can pass for a whole one.
        PropertyCheck.ForAll(
            from input in RpcGenerators.Payload(2048)
            let compressed = Lz77Compressor.Compress(input)
            from cut in Gen.Choose(0, compressed.Length - 1)
            select (Prefix: compressed[..cut], input.Length),
            t => Assert.That(DecodeOutcome.Run(t.Prefix, b => Lz77Decompressor.Decompress(b, t.Length)), Is.Null),
            maxTest: 1000);

    [Test]
    public void DecompressingWithTheWrongSizeActualIsRejected() =>
        PropertyCheck.ForAll(
            from input in RpcGenerators.Payload(2048)
            from delta in Gen.Elements(-3, -1, 1, 7)
            where input.Length + delta >= 0
            select (Compressed: Lz77Compressor.Compress(input), SizeActual: input.Length + delta),
            t => Assert.That(() => Lz77Decompressor.Decompress(t.Compressed, t.SizeActual), Throws.TypeOf<ProtocolException>()),
            maxTest: 300);
}
