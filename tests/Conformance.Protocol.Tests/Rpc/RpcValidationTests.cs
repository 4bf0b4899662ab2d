namespace Conformance.Protocol.Tests.Rpc;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rpc;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>Each rule of RPC_HEADER_EXT, packing and DIRECT2 decoding, with the structure, field and offset it names.</summary>
public sealed class RpcValidationTests
{
    private const string Header = RpcHeaderExt.StructureName;
    private const string Direct2 = Lz77Decompressor.StructureName;

    private static void AssertRejected(Action decode, string structure, string field, int offset, ProtocolErrorKind kind)
    {
        ProtocolException error = Assert.Throws<ProtocolException>(decode);
        Assert.That((error.Structure, error.Field, error.Offset, error.Kind), Is.EqualTo((structure, field, offset, kind)), error.Message);
    }

    private static void AssertBufferRejected(string dump, string structure, string field, int offset, ProtocolErrorKind kind, ExtendedBufferLimits? limits = null)
    {
        byte[] bytes = Hex.Parse(dump);
        AssertRejected(() => ExtendedBufferCodec.Decode(bytes, limits), structure, field, offset, kind);
    }

    private static void AssertStreamRejected(string dump, int sizeActual, string field, int offset, ProtocolErrorKind kind)
    {
        byte[] bytes = Hex.Parse(dump);
        AssertRejected(() => Lz77Decompressor.Decompress(bytes, sizeActual), Direct2, field, offset, kind);
    }

    // RPC_HEADER_EXT ([MS-OXCRPC] 2.2.2.1)

    [Test]
    public void EmptyBufferHasNoHeader() =>
        AssertBufferRejected(string.Empty, Header, "Version", 0, ProtocolErrorKind.Truncated);

    [Test]
    public void HeaderCutInFlags() =>
        AssertBufferRejected("00 00 04", Header, "Flags", 2, ProtocolErrorKind.Truncated);

    [Test]
    public void HeaderCutInSizeActual() =>
        AssertBufferRejected("00 00 04 00 01 00 01", Header, "SizeActual", 6, ProtocolErrorKind.Truncated);

    [Test]
    public void VersionMustBeZero() =>
        AssertBufferRejected("01 00 04 00 01 00 01 00 aa", Header, "Version", 0, ProtocolErrorKind.InvalidValue);

    [Test]
    public void UncompressedSizeMustEqualSizeActual() =>
        AssertBufferRejected("00 00 04 00 01 00 02 00 aa aa", Header, "SizeActual", 6, ProtocolErrorKind.InvalidValue);

    [TestCase("00 00 05 00 03 00 03 00 ff ff ff")]
    [TestCase("00 00 05 00 04 00 03 00 ff ff ff ff")]
    public void CompressedSizeMustBeLessThanSizeActual(string dump) =>
        AssertBufferRejected(dump, Header, "Size", 4, ProtocolErrorKind.InvalidValue);

    [Test]
    public void SizeMustFitTheRemainingBytes() =>
        AssertBufferRejected("00 00 04 00 05 00 05 00 01 02 03 04", Header, "Size", 4, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void SizeActualIsBoundedByThePayloadLimit() =>
        // [MS-OXCRPC] 3.1.4.2.1: no payload exceeds 32 KB; checked before anything is read or allocated.
        AssertBufferRejected("00 00 05 00 04 00 01 80 ff ff ff ff", Header, "SizeActual", 6, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void FieldMaximumLimitsAcceptLargerPayloads()
    {
        byte[] payload = new byte[0x9000];
        byte[] bytes = ExtendedBufferCodec.Encode([payload], new ExtendedBufferOptions { Compress = true, Limits = ExtendedBufferLimits.FieldMaximum });
        Assert.That(ExtendedBufferCodec.Decode(bytes, ExtendedBufferLimits.FieldMaximum)[0].Payload.Count, Is.EqualTo(0x9000));
        AssertRejected(() => ExtendedBufferCodec.Decode(bytes), Header, "SizeActual", 6, ProtocolErrorKind.CountTooLarge);
    }

    [Test]
    public void SumOfSizeActualIsBoundedByTheTotalLimit() =>
        // The second header (at 11) brings the total to 6 bytes, over a limit of 4.
        AssertBufferRejected(
            "00 00 00 00 03 00 03 00 01 02 03   00 00 04 00 03 00 03 00 04 05 06",
            Header,
            "SizeActual",
            17,
            ProtocolErrorKind.CountTooLarge,
            new ExtendedBufferLimits { MaximumPayloadSize = 4, MaximumTotalSize = 4 });

    // Packing ([MS-OXCRPC] 3.1.4.2.1.1.1, 3.1.4.2.1.2)

    [Test]
    public void ChainWithoutLastIsRejected() =>
        // The only header has Last clear: its Flags (offset 2) promise another header that never comes.
        AssertBufferRejected("00 00 00 00 01 00 01 00 aa", Header, "Flags", 2, ProtocolErrorKind.Truncated);

    [Test]
    public void SecondHeaderWithoutLastIsRejected() =>
        AssertBufferRejected("00 00 00 00 01 00 01 00 aa   00 00 02 00 00 00 00 00", Header, "Flags", 11, ProtocolErrorKind.Truncated);

    [Test]
    public void BytesAfterTheLastPayloadAreRejected() =>
        AssertBufferRejected("00 00 04 00 01 00 01 00 aa   00 00 04 00 00 00 00 00", Header, "Flags", 9, ProtocolErrorKind.TrailingBytes);

    [Test]
    public void CompressedPayloadErrorsNameTheirAbsoluteOffset() =>
        // The DIRECT2 stream starts at byte 8; its metadata at 13 reaches two bytes back with one byte out.
        AssertBufferRejected("00 00 05 00 07 00 08 00 ff ff ff 7f 41 08 00", Direct2, "Metadata", 13, ProtocolErrorKind.InvalidValue);

    [Test]
    public void ObfuscatedCompressedPayloadIsRevertedBeforeDecoding() =>
        // The same stream as above, XORed with 0xA5: the error and its offset are the same.
        AssertBufferRejected("00 00 07 00 07 00 08 00 5a 5a 5a da e4 ad a5", Direct2, "Metadata", 13, ProtocolErrorKind.InvalidValue);

    // DIRECT2 ([MS-OXCRPC] 3.1.4.1.1.2.2)

    [Test]
    public void BitmaskCutShort() =>
        AssertStreamRejected("ff ff", 0, "Bitmask", 0, ProtocolErrorKind.Truncated);

    [Test]
    public void EndBitNeedsItsOwnBitmaskAfterThirtyTwoElements() =>
        AssertStreamRejected("00 00 00 00 " + string.Concat(Enumerable.Repeat("41 ", 32)), 32, "Bitmask", 36, ProtocolErrorKind.Truncated);

    [Test]
    public void DataByteMissingWhereTheBitmaskPromisesOne() =>
        AssertStreamRejected("00 00 00 00 41", 1, "Data", 5, ProtocolErrorKind.Truncated);

    [Test]
    public void DataBeyondSizeActual() =>
        AssertStreamRejected("3f 00 00 00 61 62 63 64", 3, "Data", 7, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void StreamEndsBeforeSizeActual() =>
        AssertStreamRejected("ff ff ff 1f 61 62 63", 4, "SizeActual", 7, ProtocolErrorKind.Truncated);

    [Test]
    public void MetadataCutShort() =>
        AssertStreamRejected("ff ff ff 7f 41 00", 4, "Metadata", 5, ProtocolErrorKind.Truncated);

    [Test]
    public void MatchOffsetBeforeTheStart() =>
        // Metadata 0x0008: offset -2 with only one byte decoded.
        AssertStreamRejected("ff ff ff 7f 41 08 00", 4, "Metadata", 5, ProtocolErrorKind.InvalidValue);

    [Test]
    public void MatchOffsetBeforeTheStartWithNothingDecoded() =>
        AssertStreamRejected("ff ff ff ff 00 00", 3, "Metadata", 4, ProtocolErrorKind.InvalidValue);

    [Test]
    public void MatchLengthRunsPastSizeActual() =>
        AssertStreamRejected("ff ff ff 7f 41 00 00", 3, "Metadata", 5, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void LongestMatchLengthRunsPastSizeActual() =>
        // 65538 bytes announced where SizeActual leaves 99: rejected before anything is copied.
        AssertStreamRejected("ff ff ff 7f 41 07 00 0f ff ff ff", 100, "Metadata", 5, ProtocolErrorKind.CountTooLarge);

    [TestCase("ff ff ff 7f 41 07 00", 7)]
    [TestCase("ff ff ff 7f 41 07 00 0f", 8)]
    [TestCase("ff ff ff 7f 41 07 00 0f ff", 9)]
    [TestCase("ff ff ff 7f 41 07 00 0f ff 15", 9)]
    public void MatchLengthCutShort(string dump, int offset) =>
        AssertStreamRejected(dump, 1000, "MatchLength", offset, ProtocolErrorKind.Truncated);

    [Test]
    public void DecompressorBaseOffsetShiftsReportedOffsets()
    {
        byte[] bytes = Hex.Parse("ff ff ff 7f 41 08 00");
        AssertRejected(() => Lz77Decompressor.Decompress(bytes, 4, baseOffset: 100), Direct2, "Metadata", 105, ProtocolErrorKind.InvalidValue);
    }

    // Encoding what cannot be encoded is a programming error, not wire input.

    [Test]
    public void EncodingNoPayloadIsAnError() =>
        Assert.Throws<InvalidOperationException>(() => ExtendedBufferCodec.Encode([], ExtendedBufferOptions.None));

    [Test]
    public void EncodingAnOversizedPayloadIsAnError() =>
        Assert.Throws<InvalidOperationException>(() => ExtendedBufferCodec.Encode([new byte[0x8001]], ExtendedBufferOptions.None));

    [Test]
    public void EncodingLastOnANonFinalBufferIsAnError() =>
        Assert.Throws<InvalidOperationException>(() => ExtendedBufferCodec.Encode(
        [
            new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.Last, 1, 1), Payload = new byte[] { 1 } },
            new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.Last, 1, 1), Payload = new byte[] { 2 } },
        ]));

    [Test]
    public void EncodingACompressedFlagThatCannotShrinkIsAnError() =>
        Assert.Throws<InvalidOperationException>(() => ExtendedBufferCodec.Encode(
        [
            new ExtendedBuffer { Header = new RpcHeaderExt(0, RpcHeaderExtFlags.Compressed | RpcHeaderExtFlags.Last, 0, 0), Payload = new byte[] { 1, 2, 3 } },
        ]));
}
