namespace Conformance.Store.Processing;

public static partial class RopHandlers
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopHandlerEntry[] PropertyHandlers =>
    [
    ];
}
