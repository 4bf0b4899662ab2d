namespace Conformance.Fuzz.Instrumentation;

/// <summary>The assembly carries the instrumentation marker: instrumenting it again would double its probes.</summary>
public sealed class AlreadyInstrumentedException(string path)
    : Exception($"{path} is already instrumented (it carries {typeof(Runtime.InstrumentedAttribute).FullName})");
