namespace Conformance.Fuzz.Runtime;

/// <summary>Marks an assembly as instrumented, so it is never instrumented twice (its probes would be doubled).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class InstrumentedAttribute : Attribute;
