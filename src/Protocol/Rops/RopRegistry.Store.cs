namespace Conformance.Protocol.Rops;

/// <summary>The ROPs of [MS-OXCSTOR] 2.2.1.</summary>
public static partial class RopRegistry
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopCodecEntry[] StoreRops =>
    [
    ];
}
