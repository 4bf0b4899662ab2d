namespace Conformance.Fuzz.Afl.Targets;

/// <summary>
/// A parser (or the store) under fuzzing: bytes in; it must answer bad input with the typed errors it documents
/// (<see cref="Protocol.Encoding.ProtocolException"/>): any other exception escaping <see cref="Run"/> is a finding.
/// </summary>
public interface IFuzzTarget
{
    string Name { get; }

    string Description { get; }

    /// <summary>Assemblies (file names in the build folder) to instrument for this target.</summary>
    IReadOnlyList<string> InstrumentedAssemblies { get; }

    /// <summary>Type name prefixes to instrument in them; all types when empty.</summary>
    IReadOnlyList<string> InstrumentedTypes => [];

    /// <summary>A self-check with a planted bug: its crashes are reported, never kept as regression inputs.</summary>
    bool IsSelfCheck => false;

    /// <summary>Fuzzes a build of the codec compiled with the planted bug (-p:PlantedBug=true, PLANTED_BUG).</summary>
    bool NeedsPlantedBuild => false;

    void Run(ReadOnlySpan<byte> input);
}
