namespace Conformance.Protocol.Tests.Properties;

using Conformance.Protocol.Rops;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>For every ROP: encode then decode is the identity, and decode then encode gives back the same bytes.</summary>
public sealed class RopRoundTripProperties
{
    private static IEnumerable<RopCase> RequestCases => RopGenerators.All.Where(c => c.Requests is not null);

    private static IEnumerable<RopCase> ResponseCases => RopGenerators.All.Where(c => c.Responses is not null);

    [TestCaseSource(nameof(RequestCases))]
    public void RequestRoundTrips(RopCase ropCase) =>
        PropertyCheck.ForAll(ropCase.Requests!, request =>
        {
            byte[] bytes = request.ToBytes();
            Assert.That(bytes[0], Is.EqualTo((byte)ropCase.RopId), "RopId byte");
            RopRequest decoded = RopRegistry.DecodeRequest(bytes);
            Assert.That(decoded, Is.EqualTo(request), "decode(encode(x)) == x");
            Assert.That(decoded.ToBytes(), Is.EqualTo(bytes), "encode(decode(bytes)) == bytes");
        });

    [TestCaseSource(nameof(ResponseCases))]
    public void ResponseRoundTrips(RopCase ropCase) =>
        PropertyCheck.ForAll(ropCase.Responses!, sample =>
        {
            byte[] bytes = sample.Response.ToBytes();
            RopResponse decoded = RopRegistry.DecodeResponse(bytes, sample.Context);
            Assert.That(decoded, Is.EqualTo(sample.Response), "decode(encode(x)) == x");
            Assert.That(decoded.ToBytes(), Is.EqualTo(bytes), "encode(decode(bytes)) == bytes");
        });
}
