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

    void Run(ReadOnlySpan<byte> input);
}
