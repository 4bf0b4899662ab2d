namespace Conformance.Protocol.Tests.Properties;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// Bad input, truncated, extended, mutated or random, raises only <see cref="ProtocolException"/>
/// (naming structure, field and offset) and never allocates beyond a bound proportional to the input.
/// </summary>
public sealed class MalformedInputProperties
{
    private static IEnumerable<RopCase> RequestCases => RopGenerators.All.Where(c => c.Requests is not null);

    private static IEnumerable<RopCase> ResponseCases => RopGenerators.All.Where(c => c.Responses is not null);

    private static Gen<(byte[] Valid, int Cut)> Truncations(Gen<byte[]> valid) =>
        from bytes in valid
        from cut in Gen.Choose(0, bytes.Length - 1)
        select (bytes, cut);

    [TestCaseSource(nameof(RequestCases))]
    public void TruncatedRequestIsRejectedOrDecodesExactlyThePrefix(RopCase ropCase) =>
        PropertyCheck.ForAll(Truncations(ropCase.Requests!.Select(r => r.ToBytes())), t =>
        {
            byte[] prefix = t.Valid[..t.Cut];
            RopRequest? decoded = DecodeOutcome.Run(prefix, b => RopRegistry.DecodeRequest(b));
            if (decoded is not null)
            {
                // Only acceptable when the prefix is itself a complete, valid request: nothing is silently lost.
                Assert.That(decoded.ToBytes(), Is.EqualTo(prefix));
            }
        });

    [TestCaseSource(nameof(ResponseCases))]
    public void TruncatedResponseIsRejectedOrDecodesExactlyThePrefix(RopCase ropCase) =>
        PropertyCheck.ForAll(
            from sample in ropCase.Responses!
            let bytes = sample.Response.ToBytes()
            from cut in Gen.Choose(0, bytes.Length - 1)
            select (sample.Context, Prefix: bytes[..cut]),
            t =>
            {
                RopResponse? decoded = DecodeOutcome.Run(t.Prefix, b => RopRegistry.DecodeResponse(b, t.Context));
                if (decoded is not null)
                {
                    Assert.That(decoded.ToBytes(), Is.EqualTo(t.Prefix));
                }
            });

    [TestCaseSource(nameof(RequestCases))]
    public void TrailingBytesAfterARequestAreRejected(RopCase ropCase) =>
        PropertyCheck.ForAll(
            from request in ropCase.Requests!
            from extra in Gen.ArrayOf(DataGenerators.Byte, 1).Select(b => b[0])
            select (byte[])[.. request.ToBytes(), extra],
            bytes =>
            {
                RopRequest? decoded = DecodeOutcome.Run(bytes, b => RopRegistry.DecodeRequest(b));
                if (decoded is not null)
                {
                    // A ROP whose last field runs to the end of the buffer takes the byte in; then it must keep it.
                    Assert.That(decoded.ToBytes(), Is.EqualTo(bytes));
                }
            });

    [TestCaseSource(nameof(RequestCases))]
    public void MutatedRequestRaisesOnlyProtocolException(RopCase ropCase) =>
        PropertyCheck.ForAll(Mutations(ropCase.Requests!.Select(r => r.ToBytes())), bytes => DecodeOutcome.Run(bytes, b => RopRegistry.DecodeRequest(b)));

    [TestCaseSource(nameof(ResponseCases))]
    public void MutatedResponseRaisesOnlyProtocolException(RopCase ropCase) =>
        PropertyCheck.ForAll(
            from sample in ropCase.Responses!
            from bytes in Mutations(Gen.Constant(sample.Response.ToBytes()))
            select (sample.Context, bytes),
            t => DecodeOutcome.Run(t.bytes, b => RopRegistry.DecodeResponse(b, t.Context)));

    [Test]
    public void RandomBytesRaiseOnlyProtocolException() =>
        PropertyCheck.ForAll(
            Gen.Choose(0, 64).SelectMany(n => Gen.ArrayOf(DataGenerators.Byte, n)),
            bytes =>
            {
                DecodeOutcome.Run(bytes, b => RopRegistry.DecodeRequest(b));
                DecodeOutcome.Run(bytes, b => RopRegistry.DecodeResponse(b, RopResponseContext.None));
            },
            maxTest: 2000);

    /// <summary>
    /// Byte-level mutations of valid encodings: overwrite a byte (counts become huge, enums invalid),
    /// set a 16- or 32-bit little-endian field to its maximum, or drop a byte.
    /// </summary>
    public static Gen<byte[]> Mutations(Gen<byte[]> valid) =>
        from bytes in valid
        from at in Gen.Choose(0, Math.Max(0, bytes.Length - 1))
        from kind in Gen.Choose(0, 3)
        from value in DataGenerators.Byte
        select bytes.Length == 0 ? [value] : Mutate(bytes, at, kind, value);

    private static byte[] Mutate(byte[] bytes, int at, int kind, byte value)
    {
        byte[] copy = [.. bytes];
        switch (kind)
        {
            case 0:
                copy[at] = value;
                return copy;
            case 1:
                copy.AsSpan(at, Math.Min(2, copy.Length - at)).Fill(0xFF);
                return copy;
            case 2:
                copy.AsSpan(at, Math.Min(4, copy.Length - at)).Fill(0xFF);
                return copy;
            default:
                return [.. copy[..at], .. copy[(at + 1)..]];
        }
    }
}
