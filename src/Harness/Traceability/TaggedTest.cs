namespace Conformance.Harness.Traceability;

/// <summary>A test method and one requirement ID it is tagged with (through its method or its class).</summary>
public sealed record TaggedTest(string Assembly, string Test, string RequirementId);
