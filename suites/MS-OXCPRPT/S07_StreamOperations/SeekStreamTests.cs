namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Rops.Stream;

/// <summary>[MS-OXCPRPT] 3.2.5.11, 3.2.5.18: the seek pointer the server keeps, RopSeekStream origins and its errors.</summary>
[TestFixture]
public sealed class SeekStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0201")]
    public async Task The_seek_pointer_stays_where_each_seek_put_it_until_release()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(50), OpenStreamModeFlags.ReadOnly);
        var positions = new List<ulong> { await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 20) };

        // Another ROP in between; the pointer must survive it ([MS-OXCPRPT] 3.2.5.11).
        await client.GetStreamSizeAsync(StreamIndex);
        positions.Add(await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0));
        positions.Add(await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 5));
        positions.Add(await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, -10));
        positions.Add(await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.End, -5));
        positions.Add(await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0));

        // [MS-OXCPRPT] 2.2.21.1: offsets count from the start, the pointer, or the end (50).
        ulong[] expected = [20, 20, 25, 15, 45, 45];
        Check("MS-OXCPRPT-R0201", positions.SequenceEqual(expected), string.Join(", ", expected), string.Join(", ", positions));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0220")]
    public async Task Seeking_beyond_two_to_the_31_fails_with_StreamSeekError()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(8), OpenStreamModeFlags.ReadOnly);
        uint returnValue = await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = StreamIndex, Origin = SeekStreamOrigin.Beginning, Offset = MaximumStreamSize + 1 });

        // [MS-OXCPRPT] 3.2.5.18.
        CheckReturnValue("MS-OXCPRPT-R0220", StreamSeekError, returnValue);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0221")]
    public async Task Seeking_before_the_start_or_from_an_undefined_origin_fails()
    {
        MailboxClient client = await StreamOnMessageAsync(Pattern(8), OpenStreamModeFlags.ReadOnly);
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 3);
        uint beforeStart = await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = StreamIndex, Origin = SeekStreamOrigin.Beginning, Offset = -1 });
        uint beforeStartFromPointer = await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = StreamIndex, Origin = SeekStreamOrigin.Current, Offset = -4 });
        uint beyondMaximum = await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = StreamIndex, Origin = SeekStreamOrigin.End, Offset = MaximumStreamSize });
        uint undefinedOrigin = await client.ReturnValueAsync(new RopSeekStreamRequest { InputHandleIndex = StreamIndex, Origin = (SeekStreamOrigin)0x03, Offset = 0 });

        // [MS-OXCPRPT] 3.2.5.18: StreamSeekError before the start or past 2^31, StreamInvalidParam for an Origin outside 2.2.21.1.
        Check(
            "MS-OXCPRPT-R0221",
            beforeStart == StreamSeekError && beforeStartFromPointer == StreamSeekError && beyondMaximum == StreamSeekError && undefinedOrigin == StreamInvalidParam,
            "StreamSeekError, StreamSeekError, StreamSeekError, StreamInvalidParam",
            $"{Describe(beforeStart)}, {Describe(beforeStartFromPointer)}, {Describe(beyondMaximum)}, {Describe(undefinedOrigin)}",
            "Beginning -1; Current -4 from 3; End + 2^31 from 8; Origin 0x03");
    }

    private static string Describe(uint returnValue) => returnValue switch
    {
        StreamSeekError => "StreamSeekError",
        StreamInvalidParam => "StreamInvalidParam",
        _ => Protocol.Data.ErrorCodes.Describe(returnValue),
    };
}
