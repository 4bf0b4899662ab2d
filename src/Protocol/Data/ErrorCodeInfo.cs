namespace Conformance.Protocol.Data;

/// <summary>
/// One row of the [MS-OXCDATA] 2.4 error code tables: the specification's name, the value, the
/// subsection that lists it (2.4, 2.4.1, 2.4.2 or 2.4.3) and its alternate names.
/// </summary>
public sealed record ErrorCodeInfo(string Name, uint Value, string Section, IReadOnlyList<string> AlternateNames)
{
    /// <summary>True for the codes of 2.4.3; their high bit is clear, as for success.</summary>
    public bool IsWarning => Section == "2.4.3";

    public override string ToString() => $"{Name} (0x{Value:X8})";
}
