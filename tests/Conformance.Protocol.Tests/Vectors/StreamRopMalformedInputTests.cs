namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// Bad stream ROP buffers fail with a <see cref="ProtocolException"/> that names the structure, the field and
/// its absolute offset; objects that cannot be encoded fail with <see cref="InvalidOperationException"/>.
/// </summary>
public sealed class StreamRopMalformedInputTests
{
    [TestCase("2C 00 01 BE BA 00 00", "RopReadStream", "MaximumByteCount", 5, TestName = "ReadStream: ByteCount 0xBABE with a cut MaximumByteCount")]
    [TestCase("2C 00 01 10", "RopReadStream", "ByteCount", 3, TestName = "ReadStream: cut ByteCount")]
    [TestCase("2B 00 00 01 02 01 9A", "RopOpenStream", "PropertyTag", 4, TestName = "OpenStream: cut PropertyTag")]
    [TestCase("2B 00 00 01 02 01 9A 0E", "RopOpenStream", "OpenModeFlags", 8, TestName = "OpenStream: missing OpenModeFlags")]
    [TestCase("2D 00 01 03 00 41 42", "RopWriteStream", "Data", 5, TestName = "WriteStream: Data one byte short of DataSize")]
    [TestCase("A3 00 01 05", "RopWriteStreamExtended", "DataSize", 3, TestName = "WriteStreamExtended: cut DataSize")]
    [TestCase("90 00 01", "RopWriteAndCommitStream", "DataSize", 3, TestName = "WriteAndCommitStream: missing DataSize")]
    [TestCase("2E 00 01 02 00 00", "RopSeekStream", "Offset", 4, TestName = "SeekStream: cut Offset")]
    [TestCase("2F 00 01 00 00 00 00", "RopSetStreamSize", "StreamSize", 3, TestName = "SetStreamSize: cut StreamSize")]
    [TestCase("3A 00 01 02 00 00", "RopCopyToStream", "ByteCount", 4, TestName = "CopyToStream: cut ByteCount")]
    [TestCase("5B 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01 00", "RopLockRegionStream", "LockFlags", 19, TestName = "LockRegionStream: cut LockFlags")]
    [TestCase("5C 00 01 00 00 00 00", "RopUnlockRegionStream", "RegionOffset", 3, TestName = "UnlockRegionStream: cut RegionOffset")]
    [TestCase("3B 00 01", "RopCloneStream", "OutputHandleIndex", 3, TestName = "CloneStream: missing OutputHandleIndex")]
    [TestCase("50 00 00", "RopProgress", "WantCancel", 3, TestName = "Progress: missing WantCancel")]
    [TestCase("58 00 00 01", "RopEmptyFolder", "WantDeleteAssociated", 4, TestName = "EmptyFolder: missing WantDeleteAssociated")]
    [TestCase("5D 00", "RopCommitStream", "InputHandleIndex", 2, TestName = "CommitStream: missing InputHandleIndex")]
    public void TruncatedRequestNamesTheField(string dump, string structure, string field, int offset) =>
        AssertFails(() => RopRegistry.DecodeRequest(Hex.Parse(dump)), ProtocolErrorKind.Truncated, structure, field, offset);

    [TestCase("2B 01 00 00 00 00 15 2E", "RopOpenStream", "StreamSize", 6, TestName = "OpenStream response: cut StreamSize")]
    [TestCase("2C 01 00 00 00", "RopReadStream", "ReturnValue", 2, TestName = "ReadStream response: cut ReturnValue")]
    [TestCase("2C 01 05 00 03 80", "RopReadStream", "DataSize", 6, TestName = "ReadStream failure: missing DataSize")]
    [TestCase("2D 01 05 03 04 80 15", "RopWriteStream", "WrittenSize", 6, TestName = "WriteStream failure: cut WrittenSize")]
    [TestCase("A3 01 00 00 00 00 15 2E", "RopWriteStreamExtended", "WrittenSize", 6, TestName = "WriteStreamExtended: 2-byte WrittenSize is too short")]
    [TestCase("2E 01 00 00 00 00 10 00 00 00", "RopSeekStream", "NewPosition", 6, TestName = "SeekStream response: cut NewPosition")]
    [TestCase("3A 01 03 05 00 00 02 00", "RopCopyToStream", "DestHandleIndex", 6, TestName = "CopyToStream NullDestinationObject: cut DestHandleIndex")]
    [TestCase("3A 01 03 05 00 00 02 00 00 00 00 00", "RopCopyToStream", "ReadByteCount", 10, TestName = "CopyToStream NullDestinationObject: cut ReadByteCount")]
    [TestCase("3A 01 05 00 03 80 10 00 00 00 00 00 00 00", "RopCopyToStream", "WrittenByteCount", 14, TestName = "CopyToStream failure: missing WrittenByteCount")]
    [TestCase("50 00 00 00 00 00 00 1D 00 00 00 D9 02", "RopProgress", "TotalTaskCount", 11, TestName = "Progress response: cut TotalTaskCount")]
    [TestCase("50 00 00 00 00 00", "RopProgress", "LogonId", 6, TestName = "Progress response: missing LogonId")]
    [TestCase("58 00 00 00 00 00", "RopEmptyFolder", "PartialCompletion", 6, TestName = "EmptyFolder response: missing PartialCompletion")]
    public void TruncatedResponseNamesTheField(string dump, string structure, string field, int offset) =>
        AssertFails(() => RopRegistry.DecodeResponse(Hex.Parse(dump), RopResponseContext.None), ProtocolErrorKind.Truncated, structure, field, offset);

    [Test]
    public void OversizedDataSizeIsATruncatedDataFieldAndAllocatesNothingLarge()
    {
        // DataSize 0xFFFF with 2 bytes left: reported as a short Data field (the size itself is a legal value),
        // and checked before any array is allocated.
        byte[] bytes = Hex.Parse("2C 01 00 00 00 00 FF FF 01 02");
        Assert.That(DecodeOutcome.Run(bytes, b => RopRegistry.DecodeResponse(b, RopResponseContext.None)), Is.Null);
        AssertFails(() => RopRegistry.DecodeResponse(bytes, RopResponseContext.None), ProtocolErrorKind.Truncated, "RopReadStream", "Data", 8);
    }

    [Test]
    public void TrailingByteAfterAFixedRequestIsRejected() =>
        AssertFails(() => RopRegistry.DecodeRequest(Hex.Parse("5D 01 01 00")), ProtocolErrorKind.TrailingBytes, "Buffer", "RopRequest", 3);

    [Test]
    public void MaximumByteCountIsNotReadUnlessByteCountIs0xBABE() =>
        // Four extra bytes after an ordinary ByteCount are not a MaximumByteCount: they are trailing bytes.
        AssertFails(() => RopRegistry.DecodeRequest(Hex.Parse("2C 00 01 BF BA 00 00 01 00")), ProtocolErrorKind.TrailingBytes, "Buffer", "RopRequest", 5);

    // No field of these ROPs is a closed set that the layout depends on, so no value is rejected as invalid:
    // an undefined OpenModeFlags or Origin is kept as sent for the server to answer (StreamInvalidParam for
    // Origin, [MS-OXCPRPT] 3.2.5.18), and the codec must let the harness send and see it.

    [Test]
    public void UndefinedOpenModeFlagsAreKeptAsSent() =>
        Codec.AssertRequestVector(
            "2B 00 00 01 02 01 9A 0E 07",
            new RopOpenStreamRequest { InputHandleIndex = 0, OutputHandleIndex = 1, PropertyTag = new(0x0E9A0102), OpenModeFlags = (OpenStreamModeFlags)0x07 });

    [Test]
    public void UndefinedSeekOriginIsKeptAsSent() =>
        Codec.AssertRequestVector(
            "2E 00 01 03 00 00 00 00 00 00 00 00",
            new RopSeekStreamRequest { InputHandleIndex = 1, Origin = (SeekStreamOrigin)0x03, Offset = 0 });

    [Test]
    public void ReadStreamRequestWithoutItsMaximumByteCountCannotBeEncoded() =>
        Assert.Throws<InvalidOperationException>(() => new RopReadStreamRequest { ByteCount = 0xBABE }.ToBytes());

    [Test]
    public void ReadStreamRequestWithAStrayMaximumByteCountCannotBeEncoded() =>
        Assert.Throws<InvalidOperationException>(() => new RopReadStreamRequest { ByteCount = 0x10, MaximumByteCount = 5 }.ToBytes());

    [Test]
    public void CopyToStreamResponseCannotCarryNullDestinationObject() =>
        Assert.Throws<InvalidOperationException>(() => new RopCopyToStreamResponse { ReturnValue = 0x00000503 }.ToBytes());

    [Test]
    public void WriteStreamDataBeyond65535BytesCannotBeEncoded() =>
        Assert.Throws<InvalidOperationException>(() => new RopWriteStreamRequest { Data = new byte[0x10000] }.ToBytes());

    private static void AssertFails(Action decode, ProtocolErrorKind kind, string structure, string field, int offset)
    {
        ProtocolException error = Assert.Throws<ProtocolException>(decode)!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(kind), error.Message);
            Assert.That(error.Structure, Is.EqualTo(structure), error.Message);
            Assert.That(error.Field, Is.EqualTo(field), error.Message);
            Assert.That(error.Offset, Is.EqualTo(offset), error.Message);
        });
    }
}
