namespace Conformance.Protocol.Data;

/// <summary>The value of a PtypNull property: a placeholder with no bytes ([MS-OXCDATA] 2.11.1).</summary>
public readonly record struct EmptyValue
{
    public override string ToString() => "(null)";
}
