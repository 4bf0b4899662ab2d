namespace Conformance.Protocol.Generators;

using Conformance.Protocol.Rops;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// Generators for every ROP the codec knows. Each family lists its cases in its own partial file
/// (Store, Property, Stream, Support); the meta-test checks that every registered ROP has one.
/// </summary>
public static partial class RopGenerators
{
    public static IReadOnlyList<RopCase> All { get; } = [.. StoreCases, .. PropertyCases, .. StreamCases, .. SupportCases];

    public static Gen<byte> LogonId => DataGenerators.Byte;

    public static Gen<byte> HandleIndex => DataGenerators.Byte;

    /// <summary>A generic failure response for <paramref name="ropId"/> with a nonzero ReturnValue.</summary>
    public static Gen<ResponseSample> Failure(RopId ropId) =>
        Gen.Zip(HandleIndex, DataGenerators.UInt32.Where(v => v != 0))
            .Select(t => new ResponseSample(new RopFailureResponse(ropId, t.Item1, t.Item2), RopResponseContext.None));
}
