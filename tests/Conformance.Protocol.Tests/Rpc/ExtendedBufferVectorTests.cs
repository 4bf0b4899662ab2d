namespace Conformance.Protocol.Tests.Rpc;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rpc;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// Examples of extended buffers. [MS-OXCRPC] section 4 gives the RPC_HEADER_EXT field values and the
/// payload layout, not the payload bytes; those tests fill the payload with its documented RopSize and
/// a placeholder for the ROPs and the server object handle table.
/// </summary>
public sealed class ExtendedBufferVectorTests
{
    private static void AssertVector(byte[] bytes, params ExtendedBuffer[] expected)
    {
        ValueArray<ExtendedBuffer> decoded = ExtendedBufferCodec.Decode(bytes);
        Assert.That(decoded, Is.EqualTo(new ValueArray<ExtendedBuffer>(expected)), "decoded buffers");
        Assert.That(Convert.ToHexString(ExtendedBufferCodec.Encode(decoded)), Is.EqualTo(Convert.ToHexString(bytes)), "re-encoded bytes");
    }

    /// <summary>RopSize 0x0142, then 320 bytes of ROP requests and 16 bytes of handle table (placeholders).</summary>
    private static byte[] SectionFourPayload()
    {
        byte[] payload = new byte[0x152];
        payload[0] = 0x42;
        payload[1] = 0x01;
        for (int i = 2; i < payload.Length; i++)
        {
            payload[i] = (byte)i;
        }

        return payload;
    }

    [Test]
    public void SectionFourRgbInIsOneUncompressedLastBuffer()
    {
        // [MS-OXCRPC] 4.2 and 4.3: rgbIn header Version 0x0000, Flags 0x0004 (Last), Size 0x0152,
        // SizeActual 0x0152; cbIn 0x0000015A is the header's 8 bytes plus the payload.
        byte[] payload = SectionFourPayload();
        byte[] bytes = [.. Hex.Parse("00 00 04 00 52 01 52 01"), .. payload];
        Assert.That(bytes, Has.Length.EqualTo(0x15A), "cbIn");
        AssertVector(bytes, new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.Last, 0x0152, 0x0152), Payload = payload });

        // The same bytes come out of the options-driven encoder: no compression, no obfuscation asked for.
        Assert.That(ExtendedBufferCodec.Encode([payload], ExtendedBufferOptions.None), Is.EqualTo(bytes));
    }

    [Test]
    public void CompressedAndObfuscatedPayloadIsRevertedThenUncompressed()
    {
        // Built from [MS-XCA] 3.1's "abc" x 100 stream behind an RPC_HEADER_EXT with Compressed | XorMagic | Last
        // (0x0007), Size 13, SizeActual 300; every payload byte XORed with 0xA5 ([MS-OXCRPC] 3.1.4.1.1.3).
        byte[] compressed = Hex.Parse("ff ff ff 1f 61 62 63 17 00 0f ff 26 01");
        byte[] obfuscated = [.. compressed.Select(b => (byte)(b ^ 0xA5))];
        byte[] bytes = [.. Hex.Parse("00 00 07 00 0d 00 2c 01"), .. obfuscated];
        byte[] plain = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abc", 100)));
        AssertVector(
            bytes,
            new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.Compressed | RpcHeaderExtFlags.XorMagic | RpcHeaderExtFlags.Last, 13, 300), Payload = plain });
        Assert.That(ExtendedBufferCodec.Encode([plain], new ExtendedBufferOptions { Compress = true, Obfuscate = true }), Is.EqualTo(bytes));
    }

    [Test]
    public void PackedBuffersCarryLastOnlyOnTheFinalHeader()
    {
        // [MS-OXCRPC] 3.1.4.2.1.1.1: every header but the last has Last clear. An obfuscated 3-byte payload,
        // then a plain 2-byte one.
        byte[] bytes = Hex.Parse("00 00 02 00 03 00 03 00 e4 e7 e6   00 00 04 00 02 00 02 00 10 20");
        AssertVector(
            bytes,
            new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.XorMagic, 3, 3), Payload = new byte[] { 0x41, 0x42, 0x43 } },
            new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.Last, 2, 2), Payload = new byte[] { 0x10, 0x20 } });
    }

    [Test]
    public void EmptyPayloadIsAHeaderAlone() =>
        AssertVector(Hex.Parse("00 00 04 00 00 00 00 00"), new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.Last, 0, 0), Payload = ValueArray<byte>.Empty });

    [Test]
    public void UndefinedFlagBitsAreKeptAsSent() =>
        // Bits outside Compressed, XorMagic and Last do not change the layout, so they survive a round trip.
        AssertVector(Hex.Parse("00 00 14 80 01 00 01 00 7f"), new ExtendedBuffer { Header = new RpcHeaderExt(0, (RpcHeaderExtFlags)0x8014, 1, 1), Payload = new byte[] { 0x7F } });

    [Test]
    public void IncompressiblePayloadIsSentUncompressed()
    {
        // [MS-OXCRPC] 2.2.2.1: a compressed Size must be below SizeActual, so compression that does not shrink
        // the payload (four distinct bytes cost 4 + 4 bytes compressed) leaves the Compressed flag clear.
        byte[] bytes = ExtendedBufferCodec.Encode([new byte[] { 1, 2, 3, 4 }], new ExtendedBufferOptions { Compress = true });
        Assert.That(Convert.ToHexString(bytes), Is.EqualTo("0000040004000400" + "01020304"));
    }
}
