namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Stream;

/// <summary>[MS-OXCPRPT] 3.2.5.13, 3.2.5.14: RopWriteStream and RopWriteStreamExtended.</summary>
[TestFixture]
public sealed class WriteStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0212")]
    [Requirement("MS-OXCPRPT-R0213")]
    public async Task Writes_land_at_the_seek_pointer_and_move_it_by_the_bytes_written()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(20), OpenStreamModeFlags.ReadWrite);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 5);
        RopWriteStreamResponse inside = client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, 0xAA, 0xBB, 0xCC));
        ulong afterInside = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 18);
        RopWriteStreamResponse acrossEnd = client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, 0xD0, 0xD1, 0xD2, 0xD3));
        ulong afterAcrossEnd = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);

        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 0);
        byte[] content = await client.ReadStreamToEndAsync(StreamIndex);

        // [MS-OXCPRPT] 3.2.5.13: the data replaces the bytes from the pointer on and extends the stream past its end.
        byte[] expected = [.. Pattern(5), 0xAA, 0xBB, 0xCC, .. Pattern(10, 8), 0xD0, 0xD1, 0xD2, 0xD3];
        CheckEqual("MS-OXCPRPT-R0212", Hex(expected), Hex(content));

        // [MS-OXCPRPT] 3.2.5.13: the pointer moves by WrittenSize.
        Check(
            "MS-OXCPRPT-R0213",
            afterInside == 5 + (ulong)inside.WrittenSize && afterAcrossEnd == 18 + (ulong)acrossEnd.WrittenSize,
            $"pointer {5 + inside.WrittenSize} then {18 + acrossEnd.WrittenSize}",
            $"pointer {afterInside} then {afterAcrossEnd}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0214")]
    public async Task A_written_value_is_visible_through_the_message_handle_before_any_commit()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(8), OpenStreamModeFlags.ReadWrite);
        client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, 0xE0, 0xE1, 0xE2));

        // [MS-OXCPRPT] 3.2.5.13: a ROP on the same object handle sees the new value at once, though nothing is saved.
        PropertyValue? value = await client.GetPropertyAsync(MessageIndex, StreamTags.MessageBinary);
        byte[] expected = [0xE0, 0xE1, 0xE2, .. Pattern(5, 3)];
        CheckEqual("MS-OXCPRPT-R0214", Hex(expected), Hex(value), "the property read through the Message object handle");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0216")]
    public async Task RopWriteStreamExtended_writes_as_RopWriteStream_does()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(10), OpenStreamModeFlags.ReadWrite);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 4);
        var response = (RopWriteStreamExtendedResponse)await client.RunAsync(new RopWriteStreamExtendedRequest { InputHandleIndex = StreamIndex, Data = Pattern(5, 0xE1) });
        ulong after = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 0);
        byte[] content = await client.ReadStreamToEndAsync(StreamIndex);

        // [MS-OXCPRPT] 3.2.5.14 by way of 3.2.5.13: all five bytes written at offset 4, pointer at 9.
        byte[] expected = [.. Pattern(4), .. Pattern(5, 0xE1), 9];
        Check(
            "MS-OXCPRPT-R0216",
            response.ReturnValue == ErrorCodes.Success && response.WrittenSize == 5 && after == 9 && content.SequenceEqual(expected),
            $"Success, WrittenSize 5, pointer 9, content {Hex(expected)}",
            $"{ErrorCodes.Describe(response.ReturnValue)}, WrittenSize {response.WrittenSize}, pointer {after}, content {Hex(content)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0211")]
    [Requirement("MS-OXCPRPT-R0215")]
    public async Task Writes_past_the_maximum_size_report_TooBig_and_writes_to_a_read_only_stream_StreamAccessDenied()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(8), OpenStreamModeFlags.ReadOnly);
        RopWriteStreamResponse readOnly = await client.WriteStreamAsync(StreamIndex, 0x01);

        // The largest offset the server lets the pointer reach: at most 2^31 ([MS-OXCPRPT] 3.2.5.18), possibly less.
        // It is searched on the read-only stream, which a seek does not grow.
        long reachable = 0;
        long refused = MaximumStreamSize + 1;
        while (refused - reachable > 1)
        {
            long middle = reachable + ((refused - reachable) / 2);
            uint seek = await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = StreamIndex, Origin = SeekStreamOrigin.Beginning, Offset = middle });
            (reachable, refused) = seek == ErrorCodes.Success ? (middle, refused) : (reachable, middle);
        }

        // A writable stream with its pointer there: any write passes the maximum stream size.
        await client.OpenStreamAsync(MessageIndex, SecondStreamIndex, StreamTags.MessageSecondBinary, OpenStreamModeFlags.Create);
        await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Beginning, reachable);
        RopWriteStreamResponse tooFar = await client.WriteStreamAsync(SecondStreamIndex, 0x01, 0x02);
        await client.SetStreamSizeAsync(SecondStreamIndex, 0);

        // [MS-OXCPRPT] 3.2.5.13 (<12>: Exchange 2003 and 2007 answer StreamSizeError).
        Check(
            "MS-OXCPRPT-R0211",
            tooFar.WrittenSize < 2 && tooFar.ReturnValue == ErrorCodes.TooBig,
            "WrittenSize below 2 with TooBig",
            $"WrittenSize {tooFar.WrittenSize} with {ErrorCodes.Describe(tooFar.ReturnValue)}",
            $"a 2-byte write at offset {reachable}, the largest the server seeks to");

        // [MS-OXCPRPT] 3.2.5.13.
        Check(
            "MS-OXCPRPT-R0215",
            tooFar.ReturnValue == ErrorCodes.TooBig && readOnly.ReturnValue == StreamAccessDenied,
            "past the maximum: TooBig; read-only stream: StreamAccessDenied (0x80030005)",
            $"past the maximum: {ErrorCodes.Describe(tooFar.ReturnValue)}; read-only stream: {ErrorCodes.Describe(readOnly.ReturnValue)}");
    }
}
