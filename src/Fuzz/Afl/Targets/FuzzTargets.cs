namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.Encoding;

/// <summary>The fuzz targets by name, and the verdict on one input.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } =
        [new RopRequestTarget(), new StoreTarget(), new RopResponseTarget(), new ExtendedBufferTarget(), new MapiHttpTarget(), new PlantedBugTarget(), new PlantedDecoderTarget()];

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>Runs one input; the finding (an exception other than the typed <see cref="ProtocolException"/>), or null.</summary>
    public static Exception? Execute(IFuzzTarget target, ReadOnlySpan<byte> input)
    {
        try
        {
            target.Run(input);
            return null;
        }
        catch (ProtocolException)
        {
            return null;
        }
#pragma warning disable CA1031 // Every other exception is the finding being looked for.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return error;
        }
    }
}
