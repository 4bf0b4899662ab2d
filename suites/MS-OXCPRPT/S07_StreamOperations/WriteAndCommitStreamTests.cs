namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Stream;

/// <summary>[MS-OXCPRPT] 2.2.26, 3.2.5.23: RopWriteAndCommitStream on a message property stream.</summary>
[TestFixture]
public sealed class WriteAndCommitStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0240")]
    [Requirement("MS-OXCPRPT-R0241")]
    public async Task WriteAndCommitStream_writes_at_the_pointer_and_sets_the_property()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(10), OpenStreamModeFlags.ReadWrite);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 3);
        var response = (RopWriteAndCommitStreamResponse)await client.RunAsync(new RopWriteAndCommitStreamRequest { InputHandleIndex = StreamIndex, Data = new byte[] { 0xA1, 0xA2 } });

        // [MS-OXCPRPT] 3.2.5.23 (<17>: Exchange 2003 and 2007 implement it).
        RecordOptionalRop("MS-OXCPRPT-R0240", "RopWriteAndCommitStream", response.ReturnValue, "MS-OXCPRPT-R0241");
        ulong after = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);
        PropertyValue? property = await client.GetPropertyAsync(MessageIndex, StreamTags.MessageBinary);

        // As RopWriteStream (3.2.5.13: at the pointer, which moves by WrittenSize) then RopCommitStream (3.2.5.15: the property takes the bytes).
        byte[] expected = [0, 1, 2, 0xA1, 0xA2, .. Pattern(5, 5)];
        Check(
            "MS-OXCPRPT-R0241",
            response.ReturnValue == ErrorCodes.Success && response.WrittenSize == 2 && after == 5 && Hex(property) == Hex(expected),
            $"Success, WrittenSize 2, pointer 5, property {Hex(expected)}",
            $"{ErrorCodes.Describe(response.ReturnValue)}, WrittenSize {response.WrittenSize}, pointer {after}, property {Hex(property)}");
    }
}
