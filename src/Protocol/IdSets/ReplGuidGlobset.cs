namespace Conformance.Protocol.IdSets;

/// <summary>One entry of an IDSET with REPLGUIDs ([MS-OXCFXICS] 2.2.2.4.2): a REPLGUID and its GLOBSET.</summary>
public readonly record struct ReplGuidGlobset(Guid ReplGuid, Globset Globset);
