namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Rops.Stream;

/// <summary>[MS-OXCPRPT] 3.2.5.12: RopReadStream reads from the seek pointer and moves it past what it returned.</summary>
[TestFixture]
public sealed class ReadStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0208")]
    [Requirement("MS-OXCPRPT-R0209")]
    public async Task Reads_start_at_the_seek_pointer_and_move_it_by_the_bytes_returned()
    {
        byte[] value = Pattern(64);
        MailboxClient client = await StreamOnMessageAsync(value, OpenStreamModeFlags.ReadOnly);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 10);

        RopReadStreamResponse first = client.Success<RopReadStreamResponse>(await client.ReadStreamAsync(StreamIndex, 5));
        ulong afterFirst = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);

        // The second read asks through 0xBABE and MaximumByteCount ([MS-OXCPRPT] 2.2.15.1).
        RopReadStreamResponse second = client.Success<RopReadStreamResponse>(await client.ReadStreamAsync(StreamIndex, RopReadStreamRequest.UseMaximumByteCount, 7));
        ulong afterSecond = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);

        // A server may return fewer bytes than asked ([MS-OXCPRPT] 3.2.5.12), but what it returns starts at the pointer.
        byte[] expectedFirst = value[10..(10 + first.Data.Count)];
        int secondStart = 10 + first.Data.Count;
        byte[] expectedSecond = value[secondStart..Math.Min(value.Length, secondStart + second.Data.Count)];
        Check(
            "MS-OXCPRPT-R0208",
            first.Data.Count > 0 && second.Data.Count > 0 && first.Data.SequenceEqual(expectedFirst) && second.Data.SequenceEqual(expectedSecond),
            $"{Hex(expectedFirst)} then {Hex(expectedSecond)} (the bytes from offsets 10 and {secondStart})",
            $"{Hex(first.Data)} then {Hex(second.Data)}");

        ulong expectedAfterFirst = 10 + (ulong)first.Data.Count;
        ulong expectedAfterSecond = expectedAfterFirst + (ulong)second.Data.Count;
        Check(
            "MS-OXCPRPT-R0209",
            afterFirst == expectedAfterFirst && afterSecond == expectedAfterSecond,
            $"pointer {expectedAfterFirst} then {expectedAfterSecond}",
            $"pointer {afterFirst} then {afterSecond}");
    }
}
