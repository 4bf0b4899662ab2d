namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.Rops;

/// <summary>
/// The fuzzer's self-check, not a product parser: the ROP input buffer decoder behind a deliberately planted bug that
/// only a coverage-guided fuzzer finds quickly (a crash behind a 4-byte magic prefix compared byte by byte, a hang and a
/// stack overflow behind others), so <c>fuzz run --target planted</c> measures that the instrumentation and the protocol work.
/// Only this type is instrumented (in Conformance.Fuzz.dll).
/// </summary>
public sealed class PlantedBugTarget : IFuzzTarget
{
    public string Name => "planted";

    public string Description => "self-check: RopInputBuffer.Decode behind a planted crash (prefix \"OXC!\") hang (prefix \"HANG!\") and stack overflow (prefix \"DEEP!\")";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Fuzz.dll"];

    public bool IsSelfCheck => true;

    // Only this type: with the codec instrumented too, AFL++ spends its time on the codec's hundreds of queue entries
    // (a first measurement: "OXC" after 112 s, the last byte not within 5 minutes); the check is about the fuzzer.
    public IReadOnlyList<string> InstrumentedTypes { get; } = [typeof(PlantedBugTarget).FullName!];

    public void Run(ReadOnlySpan<byte> input)
    {
        if (input.Length >= 4 && input[0] == 'O' && input[1] == 'X' && input[2] == 'C' && input[3] == '!')
        {
            throw new IndexOutOfRangeException("planted bug");
        }

        if (input.Length >= 5 && input[0] == 'H' && input[1] == 'A' && input[2] == 'N' && input[3] == 'G' && input[4] == '!')
        {
            Thread.Sleep(Timeout.Infinite);
        }

        if (input.Length >= 5 && input[0] == 'D' && input[1] == 'E' && input[2] == 'E' && input[3] == 'P' && input[4] == '!')
        {
            Recurse(input.Length);
        }

        RopInputBuffer.Decode(input);
    }

    // A stack overflow ends the process (it cannot be caught): only a supervised host survives it.
    private static int Recurse(int depth) => depth == int.MinValue ? 0 : Recurse(depth + 1) + 1;
}
