namespace Conformance.Protocol.Tests.Vectors;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// Byte examples of the stream ROPs: [MS-OXCPRPT] 4.4 (streams) and 4.5 (asynchronous progress).
/// [MS-OXCROPS] has no byte examples of these ROPs; the last tests build buffers from its layouts.
/// </summary>
public sealed class StreamRopVectorTests
{
    /// <summary>[MS-OXCPRPT] 4.4.2.1, the whole dump: the example stops after 43 of the 0x2E15 Data bytes.</summary>
    private const string TruncatedWriteStreamDump = """
        0000: 2D 01 01 15 2E 00 00 61-6E 20 61 6C 77 61 79 73
        0010: 20 72 65 73 74 6F 72 65-20 74 68 65 20 6C 6F 6F
        0020: 6B 20 6F 66 20 79 6F 75-72 20 64 6F 63 75 6D 65
        """;

    [Test]
    public void OpenStreamRequest_4_4_1_1() =>
        Codec.AssertRequestVector(
            "0000: 2B 01 00 01 02 01 9A 0E-01",
            new RopOpenStreamRequest
            {
                LogonId = 0x01,
                InputHandleIndex = 0x00,
                OutputHandleIndex = 0x01,
                PropertyTag = new PropertyTag(0x0E9A0102), // PidTagExtendedRuleMessageCondition, PtypBinary
                OpenModeFlags = OpenStreamModeFlags.ReadWrite,
            });

    [Test]
    public void OpenStreamResponse_4_4_1_2() =>
        Codec.AssertResponseVector(
            "0000: 2B 01 00 00 00 00 15 2E-00 00",
            RopResponseContext.None,
            new RopOpenStreamResponse { OutputHandleIndex = 0x01, ReturnValue = 0, StreamSize = 0x00002E15 });

    [Test]
    public void WriteStreamRequest_4_4_2_1_AsPrintedIsTruncatedInData()
    {
        // The example's DataSize (15 2E, 11797 bytes) is honest, but the dump is cut after 43 Data bytes, so a
        // strict decoder must refuse it, naming Data at the byte where Data starts. The example's labels are off:
        // it shows DataSize under offset "0006" although DataSize is bytes 3-4, and its Data listing starts
        // with the "00 00" at bytes 5-6 (Data begins right after the 2-byte DataSize).
        byte[] bytes = Hex.Parse(TruncatedWriteStreamDump);
        Assert.That(bytes, Has.Length.EqualTo(48));

        ProtocolException error = Assert.Throws<ProtocolException>(() => RopRegistry.DecodeRequest(bytes))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(ProtocolErrorKind.Truncated));
            Assert.That(error.Structure, Is.EqualTo("RopWriteStream"));
            Assert.That(error.Field, Is.EqualTo("Data"));
            Assert.That(error.Offset, Is.EqualTo(5));
        });
    }

    [Test]
    public void WriteStreamRequest_4_4_2_1_CompletedToDataSizeRoundTrips()
    {
        // The same header (LogonId 0x01, InputHandleIndex 0x01, DataSize 0x2E15) with all 11797 Data bytes: the
        // example's 43 bytes followed by filler of our own. Its first 48 bytes must be the example's.
        byte[] example = Hex.Parse(TruncatedWriteStreamDump);
        byte[] data = new byte[0x2E15];
        example.AsSpan(5).CopyTo(data);
        Encoding.ASCII.GetBytes(new string('x', data.Length - 43)).CopyTo(data, 43);
        var request = new RopWriteStreamRequest { LogonId = 0x01, InputHandleIndex = 0x01, Data = data };

        byte[] bytes = request.ToBytes();
        Assert.Multiple(() =>
        {
            Assert.That(bytes, Has.Length.EqualTo(5 + 0x2E15));
            Assert.That(bytes[..48], Is.EqualTo(example), "the printed prefix");
            Assert.That(RopRegistry.DecodeRequest(bytes), Is.EqualTo(request));
        });
    }

    [Test]
    public void WriteStreamResponse_4_4_2_2() =>
        Codec.AssertResponseVector(
            "0000: 2D 01 00 00 00 00 15 2E",
            RopResponseContext.None,
            new RopWriteStreamResponse { InputHandleIndex = 0x01, ReturnValue = 0, WrittenSize = 0x2E15 });

    [Test]
    public void CommitStreamRequest_4_4_3_1() =>
        Codec.AssertRequestVector("0000: 5D 01 01", new RopCommitStreamRequest { LogonId = 0x01, InputHandleIndex = 0x01 });

    [Test]
    public void CommitStreamResponse_4_4_3_2() =>
        // The example's text gives InputHandleIndex 0x00, but its second byte is 0x01 (the request's index, as
        // it must be). The bytes win.
        Codec.AssertResponseVector(
            "0000: 5d 01 00 00 00 00",
            RopResponseContext.None,
            new RopCommitStreamResponse { InputHandleIndex = 0x01, ReturnValue = 0 });

    [Test]
    public void EmptyFolderRequest_4_5_Step1() =>
        Codec.AssertRequestVector(
            "0000: 58 00 00 01 00",
            new RopEmptyFolderRequest { LogonId = 0x00, InputHandleIndex = 0x00, WantAsynchronous = true, WantDeleteAssociated = false });

    [Test]
    public void ProgressResponseToEmptyFolder_4_5_Step2() =>
        // The server answers the asynchronous RopEmptyFolder with a RopProgress response: 29 of 729 tasks done.
        Codec.AssertResponseVector(
            "0000: 50 00 00 00 00 00 00 1D-00 00 00 D9 02 00 00",
            new RopResponseContext(new RopEmptyFolderRequest { WantAsynchronous = true }),
            new RopProgressResponse { InputHandleIndex = 0x00, ReturnValue = 0, LogonId = 0x00, CompletedTaskCount = 29, TotalTaskCount = 729 });

    [TestCase("step 3")]
    [TestCase("step 5, the last RopProgress request")]
    public void ProgressRequest_4_5(string step) =>
        Codec.AssertRequestVector("0000: 50 00 00 00", new RopProgressRequest { LogonId = 0x00, InputHandleIndex = 0x00, WantCancel = false });

    [Test]
    public void ProgressResponse_4_5_Step4() =>
        Codec.AssertResponseVector(
            "0000: 50 00 00 00 00 00 00 3B-00 00 00 D9 02 00 00",
            new RopResponseContext(new RopProgressRequest()),
            new RopProgressResponse { InputHandleIndex = 0x00, ReturnValue = 0, LogonId = 0x00, CompletedTaskCount = 59, TotalTaskCount = 729 });

    [Test]
    public void EmptyFolderResponseEndsTheProgressLoop_4_5_Step6() =>
        // Once done, the server answers the last RopProgress request with the RopEmptyFolder response.
        Codec.AssertResponseVector(
            "0000: 58 00 00 00 00 00 00",
            new RopResponseContext(new RopProgressRequest()),
            new RopEmptyFolderResponse { InputHandleIndex = 0x00, ReturnValue = 0, PartialCompletion = false });

    // The buffers below are not printed in any specification; they are built from the [MS-OXCROPS] 2.2.9
    // layouts to pin down the shapes the examples do not show.

    [Test]
    public void ReadStreamRequestWithMaximumByteCount() =>
        // [MS-OXCROPS] 2.2.9.2.1: ByteCount 0xBABE brings a 4-byte MaximumByteCount.
        Codec.AssertRequestVector(
            "2C 00 01 BE BA 00 00 01 00",
            new RopReadStreamRequest { LogonId = 0, InputHandleIndex = 1, ByteCount = 0xBABE, MaximumByteCount = 0x00010000 });

    [Test]
    public void ReadStreamRequestWithoutMaximumByteCount() =>
        Codec.AssertRequestVector("2C 00 01 00 10", new RopReadStreamRequest { LogonId = 0, InputHandleIndex = 1, ByteCount = 0x1000 });

    [Test]
    public void ReadStreamFailureStillCarriesDataSize() =>
        // [MS-OXCPRPT] 3.2.5.12: a failing server sets DataSize to 0; the field is there (StreamAccessDenied here).
        Codec.AssertResponseVector(
            "2C 01 05 00 03 80 00 00",
            RopResponseContext.None,
            new RopReadStreamResponse { InputHandleIndex = 1, ReturnValue = 0x80030005, Data = ValueArray<byte>.Empty });

    [Test]
    public void WriteStreamExtendedResponseHasFourByteWrittenSize() =>
        // [MS-OXCPRPT] 2.2.17.2; a short write reports TooBig (0x80040305) with the count written.
        Codec.AssertResponseVector(
            "A3 02 05 03 04 80 00 00 01 00",
            RopResponseContext.None,
            new RopWriteStreamExtendedResponse { InputHandleIndex = 2, ReturnValue = 0x80040305, WrittenSize = 0x00010000 });

    [Test]
    public void OpenStreamFailureIsTheGenericFailureResponse() =>
        // NotFound 0x8004010F ([MS-OXCPRPT] 3.2.5.11): no StreamSize after a failure.
        Codec.AssertResponseVector("2B 01 0F 01 04 80", RopResponseContext.None, new RopFailureResponse(RopId.RopOpenStream, 1, 0x8004010F));

    [Test]
    public void SeekStreamRequestWithNegativeOffset() =>
        Codec.AssertRequestVector(
            "2E 00 01 02 F6 FF FF FF FF FF FF FF",
            new RopSeekStreamRequest { LogonId = 0, InputHandleIndex = 1, Origin = SeekStreamOrigin.End, Offset = -10 });

    [Test]
    public void CopyToStreamRequest() =>
        Codec.AssertRequestVector(
            "3A 00 01 02 00 01 00 00 00 00 00 00",
            new RopCopyToStreamRequest { LogonId = 0, SourceHandleIndex = 1, DestHandleIndex = 2, ByteCount = 0x100 });

    [Test]
    public void CopyToStreamSuccess() =>
        Codec.AssertResponseVector(
            "3A 01 00 00 00 00 00 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00",
            RopResponseContext.None,
            new RopCopyToStreamResponse { SourceHandleIndex = 1, ReturnValue = 0, ReadByteCount = 0x100, WrittenByteCount = 0x100 });

    [Test]
    public void CopyToStreamNullDestinationInsertsDestHandleIndex() =>
        // [MS-OXCPRPT] 2.2.22.2: only ReturnValue 0x00000503 brings the 4-byte DestHandleIndex, before the counts.
        Codec.AssertResponseVector(
            "3A 01 03 05 00 00 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
            RopResponseContext.None,
            new RopCopyToStreamNullDestinationResponse { SourceHandleIndex = 1, DestHandleIndex = 2, ReadByteCount = 0, WrittenByteCount = 0 });

    [Test]
    public void CopyToStreamOtherFailureKeepsTheCounts() =>
        // Any other error (here StreamAccessDenied 0x80030005) has the success layout: no DestHandleIndex, both counts.
        Codec.AssertResponseVector(
            "3A 01 05 00 03 80 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
            RopResponseContext.None,
            new RopCopyToStreamResponse { SourceHandleIndex = 1, ReturnValue = 0x80030005, ReadByteCount = 0x10, WrittenByteCount = 0 });

    [Test]
    public void LockRegionStreamRequest() =>
        Codec.AssertRequestVector(
            "5B 00 01 00 10 00 00 00 00 00 00 00 02 00 00 00 00 00 00 01 00 00 00",
            new RopLockRegionStreamRequest { LogonId = 0, InputHandleIndex = 1, RegionOffset = 0x1000, RegionSize = 0x200, LockFlags = 0x00000001 });

    [Test]
    public void CloneStreamRequestAndResponse()
    {
        Codec.AssertRequestVector("3B 00 01 02", new RopCloneStreamRequest { LogonId = 0, InputHandleIndex = 1, OutputHandleIndex = 2 });
        Codec.AssertResponseVector("3B 02 00 00 00 00", RopResponseContext.None, new RopCloneStreamResponse { OutputHandleIndex = 2 });
    }
}
