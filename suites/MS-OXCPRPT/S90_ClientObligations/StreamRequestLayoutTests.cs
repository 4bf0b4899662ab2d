namespace Conformance.Suites.OXCPRPT.S90_ClientObligations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// [MS-OXCPRPT] 2.2.14 to 2.2.26: the request fields of the stream ROPs (and RopProgress), read from the bytes
/// our client sent at the offsets of the request buffers in [MS-OXCROPS] 2.2.9 and 2.2.8.13.
/// </summary>
[TestFixture]
public sealed class StreamRequestLayoutTests : ConformanceTest
{
    private const byte Message = 2;
    private const byte Stream = 3;

    private TestFolder? folder;

    [TestCase(OpenStreamModeFlags.ReadOnly, (byte)0x00)]
    [TestCase(OpenStreamModeFlags.ReadWrite, (byte)0x01)]
    [TestCase(OpenStreamModeFlags.Create, (byte)0x02)]
    [Requirement("MS-OXCPRPT-R0080")]
    [Requirement("MS-OXCPRPT-R0081")]
    public async Task OpenStream_request_carries_the_property_tag_and_the_mode(OpenStreamModeFlags mode, byte expectedMode)
    {
        MailboxClient client = await MessageWithBodyAsync();

        await client.OpenStreamAsync(Message, Stream, Tags.Body, mode);

        // [MS-OXCROPS] 2.2.9.1.1: RopId, LogonId, InputHandleIndex, OutputHandleIndex, PropertyTag (4), OpenModeFlags (1).
        SentRop sent = SentRop.Of(LastExchange, RopIds.OpenStream);
        CheckEqual("MS-OXCPRPT-R0080", Tags.Body.Value, sent.U32(4), "PropertyTag, 4 bytes at offset 4");
        Check("MS-OXCPRPT-R0081", sent.U8(8) == expectedMode && sent.Length == 9, $"0x{expectedMode:X2} ending a 9-byte ROP", $"0x{sent.U8(8):X2} in a {sent.Length}-byte ROP", "OpenModeFlags, 1 byte at offset 8");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0084")]
    [Requirement("MS-OXCPRPT-R0085")]
    [Requirement("MS-OXCPRPT-R0086")]
    public async Task ReadStream_request_carries_MaximumByteCount_exactly_when_ByteCount_is_0xBABE()
    {
        MailboxClient client = await MessageWithBodyAsync();
        await client.OpenStreamAsync(Message, Stream, Tags.Body, OpenStreamModeFlags.ReadOnly);

        // [MS-OXCROPS] 2.2.9.2.1: RopId, LogonId, InputHandleIndex, ByteCount (2), MaximumByteCount (4, only after 0xBABE).
        await client.ReadStreamAtMostAsync(Stream, 16);
        SentRop small = SentRop.Of(LastExchange, RopIds.ReadStream);
        await client.SeekStreamAsync(Stream, SeekStreamOrigin.Beginning, 0);
        await client.ReadStreamAtMostAsync(Stream, 0x00012345);
        SentRop large = SentRop.Of(LastExchange, RopIds.ReadStream);
        await client.SeekStreamAsync(Stream, SeekStreamOrigin.Beginning, 0);
        await client.ReadStreamAtMostAsync(Stream, 0xBABE);
        SentRop special = SentRop.Of(LastExchange, RopIds.ReadStream);

        Check("MS-OXCPRPT-R0084", small.U16(3) == 16 && large.U16(3) == 0xBABE, "16, then 0xBABE for a larger limit (2 bytes at offset 3)", $"{small.U16(3)}, 0x{large.U16(3):X4}");
        Check("MS-OXCPRPT-R0085", large.Length == 9 && large.U32(5) == 0x00012345 && special.Length == 9 && special.U32(5) == 0xBABE, "0x00012345 and 0x0000BABE, 4 bytes at offset 5", $"{SentRop.Hex(large.Slice(5, 4))}, {SentRop.Hex(special.Slice(5, 4))}");
        Check("MS-OXCPRPT-R0086", small.Length == 5 && large.U16(3) == 0xBABE && large.Length == 9 && special.U16(3) == 0xBABE && special.Length == 9, "a 5-byte ROP without it, 9-byte ROPs with ByteCount 0xBABE", $"{small.Length}, {large.Length} (ByteCount 0x{large.U16(3):X4}), {special.Length} (ByteCount 0x{special.U16(3):X4})");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0090")]
    [Requirement("MS-OXCPRPT-R0091")]
    [Requirement("MS-OXCPRPT-R0093")]
    [Requirement("MS-OXCPRPT-R0094")]
    [Requirement("MS-OXCPRPT-R0122")]
    [Requirement("MS-OXCPRPT-R0123")]
    public async Task Write_requests_size_their_data()
    {
        MailboxClient client = await MessageWithBodyAsync();
        await client.OpenStreamAsync(Message, Stream, Tags.Body, OpenStreamModeFlags.ReadWrite);
        byte[] data = [0x41, 0x00, 0x42, 0x00, 0x43, 0x00];

        // [MS-OXCROPS] 2.2.9.3.1, 2.2.9.4.1, 2.2.9.12.1: RopId, LogonId, InputHandleIndex, DataSize (2), Data.
        // RopWriteAndCommitStream goes to a stream of a Message object: [MS-OXCPRPT] 2.2.26 bars only Folder objects.
        await client.ExpectAsync<RopWriteStreamResponse>(new RopWriteStreamRequest { InputHandleIndex = Stream, Data = data });
        SentRop write = SentRop.Of(LastExchange, RopIds.WriteStream);
        await client.RunAsync(new RopWriteStreamExtendedRequest { InputHandleIndex = Stream, Data = data[..4] });
        SentRop extended = SentRop.Of(LastExchange, RopIds.WriteStreamExtended);
        await client.RunAsync(new RopWriteAndCommitStreamRequest { InputHandleIndex = Stream, Data = data[..2] });
        SentRop commit = SentRop.Of(LastExchange, RopIds.WriteAndCommitStream);

        CheckDataSize("MS-OXCPRPT-R0090", write, data.Length);
        CheckData("MS-OXCPRPT-R0091", write, data);
        CheckDataSize("MS-OXCPRPT-R0093", extended, 4);
        CheckData("MS-OXCPRPT-R0094", extended, data[..4]);
        CheckDataSize("MS-OXCPRPT-R0122", commit, 2);
        CheckData("MS-OXCPRPT-R0123", commit, data[..2]);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0097")]
    public async Task SetStreamSize_request_carries_an_eight_byte_size()
    {
        MailboxClient client = await MessageWithBodyAsync();
        await client.OpenStreamAsync(Message, Stream, Tags.Body, OpenStreamModeFlags.ReadWrite);

        await client.RunAsync(new RopSetStreamSizeRequest { InputHandleIndex = Stream, StreamSize = 0x0000_0000_0000_0010 });

        // [MS-OXCROPS] 2.2.9.7.1: RopId, LogonId, InputHandleIndex, StreamSize (8).
        SentRop sent = SentRop.Of(LastExchange, RopIds.SetStreamSize);
        Check("MS-OXCPRPT-R0097", sent.U64(3) == 0x10 && sent.Length == 11, "0x10 in 8 bytes at offset 3 (an 11-byte ROP)", $"{SentRop.Hex(sent.Slice(3, 8))} in a {sent.Length}-byte ROP");
    }

    [TestCase(SeekStreamOrigin.Beginning, (byte)0x00, 4L)]
    [TestCase(SeekStreamOrigin.Current, (byte)0x01, 0L)]
    [TestCase(SeekStreamOrigin.End, (byte)0x02, -2L)]
    [Requirement("MS-OXCPRPT-R0098")]
    [Requirement("MS-OXCPRPT-R0100")]
    public async Task SeekStream_request_carries_the_origin_and_a_signed_offset(SeekStreamOrigin origin, byte expectedOrigin, long offset)
    {
        MailboxClient client = await MessageWithBodyAsync();
        await client.OpenStreamAsync(Message, Stream, Tags.Body, OpenStreamModeFlags.ReadOnly);

        await client.SeekStreamAsync(Stream, origin, offset);

        // [MS-OXCROPS] 2.2.9.8.1: RopId, LogonId, InputHandleIndex, Origin (1), Offset (8, signed).
        SentRop sent = SentRop.Of(LastExchange, RopIds.SeekStream);
        CheckEqual("MS-OXCPRPT-R0098", expectedOrigin, sent.U8(3), "Origin, 1 byte at offset 3");
        Check("MS-OXCPRPT-R0100", sent.I64(4) == offset && sent.Length == 12, $"{offset} in 8 bytes at offset 4", $"{SentRop.Hex(sent.Slice(4, 8))} in a {sent.Length}-byte ROP");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0102")]
    public async Task CopyToStream_request_carries_an_eight_byte_count()
    {
        MailboxClient client = await MessageWithBodyAsync();
        await client.OpenStreamAsync(Message, Stream, Tags.Body, OpenStreamModeFlags.ReadOnly);
        await client.CreateMessageAsync(folder!.FolderId, 4);
        await client.OpenStreamAsync(4, 5, Tags.Body, OpenStreamModeFlags.Create);

        await client.RunAsync(new RopCopyToStreamRequest { SourceHandleIndex = Stream, DestHandleIndex = 5, ByteCount = 6 });

        // [MS-OXCROPS] 2.2.9.9.1: RopId, LogonId, SourceHandleIndex, DestHandleIndex, ByteCount (8).
        SentRop sent = SentRop.Of(LastExchange, RopIds.CopyToStream);
        Check("MS-OXCPRPT-R0102", sent.U64(4) == 6 && sent.Length == 12, "6 in 8 bytes at offset 4 (a 12-byte ROP)", $"{SentRop.Hex(sent.Slice(4, 8))} in a {sent.Length}-byte ROP");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0108")]
    public async Task Progress_request_carries_the_cancel_flag()
    {
        MailboxClient client = await LogonAsync();
        TestFolder copies = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(copies.FolderId, 2, new TaggedPropertyValue(Tags.Subject, PropertyValue.String("from")));
        await client.CreateSavedMessageAsync(copies.FolderId, 3);

        // An asynchronous copy to ask after and then to cancel; the server may also have finished it at once.
        await client.RunAsync(new RopCopyPropertiesRequest { SourceHandleIndex = 2, DestHandleIndex = 3, WantAsynchronous = true, PropertyTags = new[] { Tags.Subject } });
        await client.RunAsync(new RopProgressRequest { InputHandleIndex = 2, WantCancel = false });
        SentRop carryOn = SentRop.Of(LastExchange, RopIds.Progress);
        await client.RunAsync(new RopProgressRequest { InputHandleIndex = 2, WantCancel = true });
        SentRop cancel = SentRop.Of(LastExchange, RopIds.Progress);

        // [MS-OXCROPS] 2.2.8.13.1: RopId, LogonId, InputHandleIndex, WantCancel (1).
        Check("MS-OXCPRPT-R0108", carryOn.U8(3) == 0 && cancel.U8(3) != 0 && carryOn.Length == 4 && cancel.Length == 4, "0x00 to continue, nonzero to cancel (1 byte at offset 3)", $"0x{carryOn.U8(3):X2}, 0x{cancel.U8(3):X2}");
    }

    [TestCase(0x00000001u)]
    [TestCase(0x00000000u)]
    [Requirement("MS-OXCPRPT-R0112")]
    [Requirement("MS-OXCPRPT-R0113")]
    [Requirement("MS-OXCPRPT-R0114")]
    [Requirement("MS-OXCPRPT-R0116")]
    [Requirement("MS-OXCPRPT-R0117")]
    [Requirement("MS-OXCPRPT-R0118")]
    [Requirement("MS-OXCPRPT-R0120")]
    public async Task Region_lock_and_unlock_requests_carry_the_region_and_the_same_flags(uint lockFlags)
    {
        MailboxClient client = await MessageWithBodyAsync();
        await client.OpenStreamAsync(Message, Stream, Tags.Body, OpenStreamModeFlags.ReadWrite);

        // [MS-OXCROPS] 2.2.9.10.1 and 2.2.9.11.1: RopId, LogonId, InputHandleIndex, RegionOffset (8), RegionSize (8), LockFlags (4).
        StreamRegionLock region = await client.LockStreamRegionAsync(Stream, 2, 4, lockFlags);
        SentRop locked = SentRop.Of(LastExchange, RopIds.LockRegionStream);
        await client.UnlockStreamRegionAsync(region);
        SentRop unlocked = SentRop.Of(LastExchange, RopIds.UnlockRegionStream);

        CheckEqual("MS-OXCPRPT-R0112", 2UL, locked.U64(3), "RegionOffset, 8 bytes at offset 3");
        CheckEqual("MS-OXCPRPT-R0113", 4UL, locked.U64(11), "RegionSize, 8 bytes at offset 11");
        Check("MS-OXCPRPT-R0114", locked.U32(19) == lockFlags && locked.Length == 23, $"0x{lockFlags:X8} ending a 23-byte ROP", $"0x{locked.U32(19):X8} in a {locked.Length}-byte ROP", "LockFlags, 4 bytes at offset 19");
        CheckEqual("MS-OXCPRPT-R0116", 2UL, unlocked.U64(3), "RegionOffset, 8 bytes at offset 3");
        CheckEqual("MS-OXCPRPT-R0117", 4UL, unlocked.U64(11), "RegionSize, 8 bytes at offset 11");
        Check("MS-OXCPRPT-R0118", unlocked.Length == 23, "4 bytes of LockFlags ending a 23-byte ROP", $"a {unlocked.Length}-byte ROP");
        CheckEqual("MS-OXCPRPT-R0120", locked.U32(19), unlocked.U32(19), "the unlock's LockFlags are the lock's");
    }

    /// <summary>A logon, a test folder, and a saved message with a body open at <see cref="Message"/>.</summary>
    private async Task<MailboxClient> MessageWithBodyAsync()
    {
        MailboxClient client = await LogonAsync();
        folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, Message, new TaggedPropertyValue(Tags.Body, PropertyValue.String("stream body text")));
        return client;
    }

    private void CheckDataSize(string id, SentRop sent, int size) =>
        Check(id, sent.U16(3) == size && sent.Length == 5 + sent.U16(3), $"{size}, the bytes after it", $"{sent.U16(3)} in a {sent.Length}-byte ROP", "DataSize, 2 bytes at offset 3");

    private void CheckData(string id, SentRop sent, byte[] data)
    {
        byte[] sentData = sent.Slice(5, sent.Length - 5);
        Check(id, sentData.SequenceEqual(data), SentRop.Hex(data), SentRop.Hex(sentData), "Data from offset 5 to the end of the ROP");
    }
}
