namespace Conformance.Protocol.Tests.Rpc;

using Conformance.Protocol.Rpc;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// Byte examples of the LZ77/DIRECT2 encoding. [MS-OXCRPC] 3.1.4.1.1.2 gives its examples as
/// (offset, length) pointers and bit patterns rather than byte dumps, so the byte streams here are
/// those patterns laid out in the real 32-bit bitmask; the two dumps of [MS-XCA] 3.1 use the same
/// wire format (Plain LZ77) and are taken as they are. Each decodes to the documented data and our
/// compressor re-encodes the data to the identical bytes.
/// </summary>
public sealed class Lz77VectorTests
{
    private static void AssertVector(string dump, byte[] expected)
    {
        byte[] compressed = Hex.Parse(dump);
        Assert.That(Convert.ToHexString(Lz77Decompressor.Decompress(compressed, expected.Length)), Is.EqualTo(Convert.ToHexString(expected)), "decompressed");
        Assert.That(Convert.ToHexString(Lz77Compressor.Compress(expected)), Is.EqualTo(Convert.ToHexString(compressed)), "re-compressed");

        // The allocation-free overload writes the same bytes into the caller's buffer.
        byte[] into = new byte[expected.Length];
        Lz77Decompressor.Decompress(compressed, into);
        Assert.That(into.AsSpan().SequenceEqual(expected), Is.True, "decompressed into a span");
    }

    private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    [Test]
    public void XcaAlphabetIsTwentySixDataBytesThenTheEndBit() =>
        // [MS-XCA] 3.1: bitmask 0x0000003F, 26 zero bits for the data bytes, then ones (the end bit and padding).
        AssertVector(
            "3f 00 00 00 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f 70 71 72 73 74 75 76 77 78 79 7a",
            Ascii("abcdefghijklmnopqrstuvwxyz"));

    [Test]
    public void XcaAbcRepeatedIsOneMatchOfLength297() =>
        // [MS-XCA] 3.1: abc, then metadata 0x0017 (offset -3, length escape), shared nibble 15, byte 255,
        // and the 16-bit 0x0126 = 294 = length less three.
        AssertVector("ff ff ff 1f 61 62 63 17 00 0f ff 26 01", Ascii(string.Concat(Enumerable.Repeat("abc", 100))));

    [Test]
    public void MetadataOffsetExampleIsOffsetMinusFourLengthThree() =>
        // [MS-OXCRPC] 3.1.4.1.1.2.2: metadata 0x0018 is offset -4 and length 3; here after four data bytes.
        AssertVector("ff ff ff 0f 41 42 43 44 18 00", Ascii("ABCDABC"));

    [Test]
    public void BitmaskExampleAbcabcdefInAThirtyTwoBitBitmask() =>
        // [MS-OXCRPC] 3.1.4.1.1.2.2 shows ABCABCDEF with a hypothetical 8-bit bitmask b'00010001': three data
        // bytes, the match (3,3), three data bytes, the end bit. The real 32-bit bitmask starts with the same 8 bits.
        AssertVector("ff ff ff 11 41 42 43 10 00 44 45 46", Ascii("ABCABCDEF"));

    [TestCase(3, "00 00")]
    [TestCase(9, "06 00")]
    [TestCase(10, "07 00 00")]
    [TestCase(24, "07 00 0e")]
    [TestCase(25, "07 00 0f 00")]
    [TestCase(26, "07 00 0f 01")]
    [TestCase(279, "07 00 0f fe")]
    [TestCase(280, "07 00 0f ff 15 01")]
    [TestCase(281, "07 00 0f ff 16 01")]
    [TestCase(65538, "07 00 0f ff ff ff")]
    public void MatchLengthRepresentation(int length, string metadata) =>
        // [MS-OXCRPC] 3.1.4.1.1.2.2 length table: 3 bits, then the shared nibble, then a byte, then from 280 on
        // a 16-bit value holding the whole length less three. One data byte 'x' and a match at offset -1.
        AssertVector($"ff ff ff 7f 78 {metadata}", Enumerable.Repeat((byte)'x', length + 1).ToArray());

    [Test]
    public void TwoLongMatchesShareOneLengthByte() =>
        // [MS-OXCRPC] 3.1.4.1.1.2.2: the first length over nine adds a byte and uses its low nibble (11 - 10 = 1);
        // the next one uses that byte's high nibble (12 - 10 = 2) and adds nothing: 0x21, right after the first match.
        AssertVector(
            "ff ff ff 5f 78 07 00 21 79 07 00",
            [.. Enumerable.Repeat((byte)'x', 12), .. Enumerable.Repeat((byte)'y', 13)]);

    [Test]
    public void ThirtyTwoElementsNeedAnotherBitmaskForTheEndBit() =>
        // [MS-OXCRPC] 3.1.4.1.1.2.2: the end bit is always written, even when it needs a bitmask of its own.
        AssertVector(
            "00 00 00 00 " + string.Join(' ', Enumerable.Range(0, 32).Select(i => (0x40 + i).ToString("x2", System.Globalization.CultureInfo.InvariantCulture))) + " ff ff ff ff",
            [.. Enumerable.Range(0, 32).Select(i => (byte)(0x40 + i))]);

    [Test]
    public void EmptyInputIsOnlyTheEndBit() =>
        AssertVector("ff ff ff ff", []);

    [Test]
    public void DecoderAcceptsAnotherCompressorsChoicesAndNonCanonicalLengths()
    {
        // Another compressor may pick other matches; only the bytes' meaning is fixed. Here the run of 13 'x'
        // is sent as two matches (3 + 9) instead of one, and its end bits are not padded with ones.
        byte[] compressed = Hex.Parse("00 00 00 70 78 00 00 06 00");
        Assert.That(Lz77Decompressor.Decompress(compressed, 13), Is.EqualTo(Enumerable.Repeat((byte)'x', 13).ToArray()));

        // The 16-bit length form is only needed from 280 on; a smaller value still means that value plus three.
        byte[] shortWord = Hex.Parse("ff ff ff 7f 78 07 00 0f ff 02 00");
        Assert.That(Lz77Decompressor.Decompress(shortWord, 6), Is.EqualTo(Enumerable.Repeat((byte)'x', 6).ToArray()));
    }
}
