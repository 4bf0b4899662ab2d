namespace Conformance.Protocol.Rops;

/// <summary>The ROPs of [MS-OXCPRPT] 2.2.14 to 2.2.27.</summary>
public static partial class RopRegistry
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopCodecEntry[] StreamRops =>
    [
    ];
}
