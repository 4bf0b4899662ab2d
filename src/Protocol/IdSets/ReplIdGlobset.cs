namespace Conformance.Protocol.IdSets;

/// <summary>One entry of an IDSET with REPLIDs ([MS-OXCFXICS] 2.2.2.4.1): a REPLID and its GLOBSET.</summary>
public readonly record struct ReplIdGlobset(ushort ReplId, Globset Globset);
