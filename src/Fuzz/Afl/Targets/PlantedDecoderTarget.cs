namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.Rops;

/// <summary>
/// The planted-bug check on the real decoder: <c>rop-request</c> (the ROP input buffer decoder, instrumented whole) run
/// on a test build of the codec compiled with the planted bug (PLANTED_BUG: the RopSeekStream request decoder crashes
/// when the low four bytes of Offset are "OXC!"). The runner compiles that build into the campaign folder; the normal
/// build has no such code, so without it this target is the plain request decoder.
/// </summary>
public sealed class PlantedDecoderTarget : IFuzzTarget
{
    public string Name => "planted-decoder";

    public string Description => "self-check: the ROP request decoder, built with a planted crash in the RopSeekStream request decoder";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Protocol.dll"];

    public string SeedsName => "rop-request";

    public bool IsSelfCheck => true;

    public bool NeedsPlantedBuild => true;

    public void Run(ReadOnlySpan<byte> input) => RopInputBuffer.Decode(input);
}
