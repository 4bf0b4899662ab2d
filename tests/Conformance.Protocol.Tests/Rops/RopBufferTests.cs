namespace Conformance.Protocol.Tests.Rops;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Tests.Infrastructure;
using Conformance.Protocol.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

/// <summary>ROP input and output buffers ([MS-OXCROPS] 2.2.1): RopSize, RopsList, ServerObjectHandleTable.</summary>
public sealed class RopBufferTests
{
    private static Gen<uint[]> Handles => DataGenerators.ArrayOf(DataGenerators.UInt32, 4);

    private static Gen<RopRequest> AnyRequest => Gen.OneOf(RopGenerators.All.Where(c => c.Requests is not null).Select(c => c.Requests!));

    /// <summary>A request and the response that answers it, drawn from the same ROP's generators.</summary>
    private static Gen<(RopRequest Request, ResponseSample Sample)> Exchange =>
        Gen.OneOf(RopGenerators.All
            .Where(c => c.Requests is not null && c.Responses is not null)
            .Select(c =>
                from sample in c.Responses!
                from request in c.Requests!
                select (sample.Context.Request ?? request, sample)));

    [Test]
    public void RopSizeCountsItselfAndTheRopsList()
    {
        // Two RopRelease requests (3 bytes each): RopSize = 2 + 6 = 8, then one handle.
        var buffer = new RopInputBuffer(
            new RopRequest[] { new RopReleaseRequest { InputHandleIndex = 1 }, new RopReleaseRequest { InputHandleIndex = 2 } },
            new uint[] { 0xDEADBEEF });
        byte[] expected = Hex.Parse("08 00 01 00 01 01 00 02 EF BE AD DE");
        Assert.That(buffer.ToBytes(), Is.EqualTo(expected));
        Assert.That(RopInputBuffer.Decode(expected), Is.EqualTo(buffer));
    }

    [Test]
    public void InputBufferRoundTrips() =>
        PropertyCheck.ForAll(
            from requests in DataGenerators.ArrayOf(AnyRequest, 5)
            from handles in Handles
            select new RopInputBuffer(requests, handles),
            buffer =>
            {
                byte[] bytes = buffer.ToBytes();
                Assert.That(RopInputBuffer.Decode(bytes), Is.EqualTo(buffer));
            },
            maxTest: 100);

    [Test]
    public void OutputBufferRoundTripsAgainstItsRequests() =>
        PropertyCheck.ForAll(
            from exchanges in DataGenerators.ArrayOf(Exchange, 5)
            from releases in DataGenerators.ArrayOf(RopGenerators.HandleIndex.Select(h => (RopRequest)new RopReleaseRequest { InputHandleIndex = h }), 2)
            from handles in Handles
            select (exchanges, releases, handles),
            t =>
            {
                // RopRelease has no response: it sits among the requests and is skipped when matching.
                var requests = new List<RopRequest>(t.releases);
                var contexts = new Dictionary<RopRequest, RopResponseContext>(ReferenceEqualityComparer.Instance);
                foreach ((RopRequest request, ResponseSample sample) in t.exchanges)
                {
                    requests.Add(request);
                    contexts[request] = sample.Context with { Request = request };
                }

                var buffer = new RopOutputBuffer(t.exchanges.Select(e => e.Sample.Response).ToArray(), t.handles);
                RopOutputBuffer decoded = RopOutputBuffer.Decode(buffer.ToBytes(), requests, r => contexts[r]);
                Assert.That(decoded, Is.EqualTo(buffer));
            },
            maxTest: 100);

    [Test]
    public void UnsolicitedResponsesTakeNoRequest()
    {
        // [MS-OXCROPS] 2.2.15.1: RopBufferTooSmall answers no single request; its RequestBuffers run to the end of the RopsList.
        var tooSmall = new RopBufferTooSmallResponse { SizeNeeded = 0x1000, RequestBuffers = new byte[] { 0x01, 0x00, 0x00 } };
        var buffer = new RopOutputBuffer(new RopResponse[] { tooSmall }, ValueArray<uint>.Empty);
        Assert.That(RopOutputBuffer.Decode(buffer.ToBytes(), []), Is.EqualTo(buffer));
    }

    [TestCase("01 00", "RopSize", 0, ProtocolErrorKind.InvalidValue)]
    [TestCase("09 00 01 00 01", "RopSize", 0, ProtocolErrorKind.CountTooLarge)]
    [TestCase("05 00 01 00 01 EF BE", "ServerObjectHandleTable", 5, ProtocolErrorKind.InvalidValue)]
    [TestCase("04 00 01 00", "InputHandleIndex", 4, ProtocolErrorKind.Truncated)]
    [TestCase("03 00 EE", "RopId", 2, ProtocolErrorKind.InvalidValue)]
    public void MalformedInputBufferNamesTheField(string hex, string field, int offset, ProtocolErrorKind kind)
    {
        ProtocolException error = Assert.Throws<ProtocolException>(() => RopInputBuffer.Decode(Hex.Parse(hex)))!;
        Assert.That((error.Field, error.Offset, error.Kind), Is.EqualTo((field, offset, kind)), error.Message);
    }

    [Test]
    public void ResponseWithoutARequestIsRejected()
    {
        byte[] bytes = new RopOutputBuffer(new RopResponse[] { new RopFailureResponse(RopId.RopOpenFolder, 0, 0x8004010F) }, ValueArray<uint>.Empty).ToBytes();
        ProtocolException error = Assert.Throws<ProtocolException>(() => RopOutputBuffer.Decode(bytes, [new RopReleaseRequest()]))!;
        Assert.That((error.Field, error.Offset), Is.EqualTo(("RopId", 2)));
    }

    [Test]
    public void ResponseToAnotherRopIsRejected()
    {
        byte[] bytes = new RopOutputBuffer(new RopResponse[] { new RopFailureResponse(RopId.RopOpenFolder, 0, 0x8004010F) }, ValueArray<uint>.Empty).ToBytes();
        ProtocolException error = Assert.Throws<ProtocolException>(() => RopOutputBuffer.Decode(bytes, [new RopCreateFolderRequest()]))!;
        Assert.That(error.Detail, Does.Contain("does not answer"));
    }

    [Test]
    public void MutatedInputBufferRaisesOnlyProtocolException() =>
        PropertyCheck.ForAll(
            MalformedInputProperties.Mutations(
                from requests in DataGenerators.ArrayOf(AnyRequest, 4)
                from handles in Handles
                select new RopInputBuffer(requests, handles).ToBytes()),
            bytes => DecodeOutcome.Run(bytes, b => RopInputBuffer.Decode(b)),
            maxTest: 500);
}
