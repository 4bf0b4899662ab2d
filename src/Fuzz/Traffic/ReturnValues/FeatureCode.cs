namespace Conformance.Fuzz.Traffic.ReturnValues;

/// <summary>
/// A code whose [MS-OXCDATA] 2.4 description ties it to one feature (feature-codes.json): the logon codes, the
/// synchronization codes, the stream-storage codes, a folder or message cycle, ... Only the <see cref="Rops"/> that
/// exercise the feature can meaningfully return it. <see cref="Basis"/> says why, in our words, with the section.
/// </summary>
public sealed record FeatureCode(string Value, string Name, string Feature, IReadOnlyList<string> Rops, string Basis)
{
    public uint Code => ReturnValueTables.ParseCode(Value);
}
