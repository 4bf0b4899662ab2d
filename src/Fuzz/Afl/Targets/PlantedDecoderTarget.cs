namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.Rops;

/// <summary>
/// The planted-bug check on the real decoder: <c>rop-request</c> (the ROP input buffer decoder) run
/// on a test build of the codec compiled with the planted bug (PLANTED_BUG: the RopSeekStream request decoder crashes
/// when the low four bytes of Offset are "OXC!"). The runner compiles that build into the campaign folder; the normal
/// build has no such code, so without it this target is the plain request decoder. Its seeds are the RopSeekStream
/// examples of the specifications: from them, coverage feedback has to find the four bytes one at a time.
/// </summary>
public sealed class PlantedDecoderTarget : IFuzzTarget
{
    public string Name => "planted-decoder";

    public string Description => "self-check: the ROP request decoder, built with a planted crash in the RopSeekStream request decoder";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Protocol.dll"];

    // The input buffer decoder and the stream ROP decoders: with the whole codec instrumented, AFL++ spreads over the
    // codec's 600 queue entries and the find took 40 s to 8 minutes (eight runs); the check is about the feedback.
    public IReadOnlyList<string> InstrumentedTypes { get; } = ["Conformance.Protocol.Rops.RopInputBuffer", "Conformance.Protocol.Rops.Stream."];

    public bool IsSelfCheck => true;

    public bool NeedsPlantedBuild => true;

    public void Run(ReadOnlySpan<byte> input) => RopInputBuffer.Decode(input);
}
