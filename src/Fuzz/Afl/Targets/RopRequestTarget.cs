namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.Rops;

/// <summary>The server side's ROP input buffer decoder ([MS-OXCROPS] 2.2.1), and through it every request's decoder.</summary>
public sealed class RopRequestTarget : IFuzzTarget
{
    public string Name => "rop-request";

    public string Description => "RopInputBuffer.Decode and every ROP request decoder";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Protocol.dll"];

    public void Run(ReadOnlySpan<byte> input) => RopInputBuffer.Decode(input);
}
