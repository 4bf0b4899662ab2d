namespace Conformance.Harness.Traceability;

using NUnit.Framework;

/// <summary>
/// Tags a test with a catalog requirement it verifies, for example <c>[Requirement("MS-OXCPRPT-R0042")]</c>.
/// It is an NUnit property named <see cref="PropertyName"/>, so the IDs show in test explorers, in
/// <c>--filter Requirement=...</c> and in TRX files; a test may carry several.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequirementAttribute : PropertyAttribute
{
    /// <summary>The NUnit property name the IDs are stored under.</summary>
    public const string PropertyName = "Requirement";

    public RequirementAttribute(string id)
        : base(PropertyName, id)
    {
        Id = id;
    }

    public string Id { get; }
}
