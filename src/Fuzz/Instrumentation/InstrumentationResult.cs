namespace Conformance.Fuzz.Instrumentation;

/// <summary>What <see cref="AssemblyInstrumenter"/> did: methods and probes (basic blocks) instrumented.</summary>
public sealed record InstrumentationResult(string OutputPath, int Methods, int Probes, bool Symbols);
