namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;

/// <summary>[MS-OXCPRPT] 2.2.22, 3.2.5.19: RopCopyToStream between two streams of one message.</summary>
[TestFixture]
public sealed class CopyToStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0222")]
    [Requirement("MS-OXCPRPT-R0223")]
    [Requirement("MS-OXCPRPT-R0224")]
    public async Task CopyToStream_copies_from_the_source_pointer_to_the_destination_pointer_and_moves_both()
    {
        MailboxClient client = await MessageAsync(
            new TaggedPropertyValue(StreamTags.MessageBinary, PropertyValue.Binary(Pattern(30))),
            new TaggedPropertyValue(StreamTags.MessageSecondBinary, PropertyValue.Binary(Pattern(10, 100))));
        await client.OpenStreamAsync(MessageIndex, StreamIndex, StreamTags.MessageBinary, OpenStreamModeFlags.ReadOnly);
        await client.OpenStreamAsync(MessageIndex, SecondStreamIndex, StreamTags.MessageSecondBinary, OpenStreamModeFlags.ReadWrite);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 5);
        await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Beginning, 2);

        RopResponse response = await client.RunAsync(new RopCopyToStreamRequest { SourceHandleIndex = StreamIndex, DestHandleIndex = SecondStreamIndex, ByteCount = 10 });
        uint returnValue = ((IRopResult)response).ReturnValue;

        // [MS-OXCPRPT] 3.2.5.19 (<13>: not in the initial release of Exchange 2010).
        RecordOptionalRop("MS-OXCPRPT-R0222", "RopCopyToStream", returnValue, "MS-OXCPRPT-R0223", "MS-OXCPRPT-R0224");
        var copied = client.Success<RopCopyToStreamResponse>(response);
        ulong source = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);
        ulong destination = await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Current, 0);
        await client.SeekStreamAsync(SecondStreamIndex, SeekStreamOrigin.Beginning, 0);
        byte[] content = await client.ReadStreamToEndAsync(SecondStreamIndex);

        // Ten bytes from source offset 5 replace destination bytes 2 to 11, growing it from 10 to 12 bytes.
        byte[] expected = [100, 101, .. Pattern(10, 5)];
        Check(
            "MS-OXCPRPT-R0223",
            copied.ReadByteCount == 10 && copied.WrittenByteCount == 10 && content.SequenceEqual(expected),
            $"ReadByteCount 10, WrittenByteCount 10, destination {Hex(expected)}",
            $"ReadByteCount {copied.ReadByteCount}, WrittenByteCount {copied.WrittenByteCount}, destination {Hex(content)}");
        Check(
            "MS-OXCPRPT-R0224",
            source == 15 && destination == 12,
            "source pointer 15, destination pointer 12",
            $"source pointer {source}, destination pointer {destination}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0222")]
    [Requirement("MS-OXCPRPT-R0225")]
    public async Task CopyToStream_to_an_empty_handle_slot_fails_with_NullDestinationObject()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(8), OpenStreamModeFlags.ReadOnly);
        uint returnValue = await client.ReturnValueAsync(new RopCopyToStreamRequest { SourceHandleIndex = StreamIndex, DestHandleIndex = EmptyIndex, ByteCount = 4 });
        RecordOptionalRop("MS-OXCPRPT-R0222", "RopCopyToStream", returnValue, "MS-OXCPRPT-R0225");

        // [MS-OXCPRPT] 3.2.5.19: the destination handle index names no object.
        CheckReturnValue("MS-OXCPRPT-R0225", ErrorCodes.NullDestinationObject, returnValue);
    }
}
