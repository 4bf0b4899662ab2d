namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Rops.Property;

/// <summary>The ROPs of [MS-OXCPRPT] 2.2.2 to 2.2.13.</summary>
public static partial class RopRegistry
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopCodecEntry[] PropertyRops =>
    [
        RopCodecEntry.Create<RopGetPropertiesSpecificRequest, RopGetPropertiesSpecificResponse>(RopId.RopGetPropertiesSpecific),
        RopCodecEntry.Create<RopGetPropertiesAllRequest, RopGetPropertiesAllResponse>(RopId.RopGetPropertiesAll),
        RopCodecEntry.Create<RopGetPropertiesListRequest, RopGetPropertiesListResponse>(RopId.RopGetPropertiesList),
        RopCodecEntry.Create<RopSetPropertiesRequest, RopSetPropertiesResponse>(RopId.RopSetProperties),
        RopCodecEntry.Create<RopSetPropertiesNoReplicateRequest, RopSetPropertiesNoReplicateResponse>(RopId.RopSetPropertiesNoReplicate),
        RopCodecEntry.Create<RopDeletePropertiesRequest, RopDeletePropertiesResponse>(RopId.RopDeleteProperties),
        RopCodecEntry.Create<RopDeletePropertiesNoReplicateRequest, RopDeletePropertiesNoReplicateResponse>(RopId.RopDeletePropertiesNoReplicate),
        RopCodecEntry.Create<RopQueryNamedPropertiesRequest, RopQueryNamedPropertiesResponse>(RopId.RopQueryNamedProperties),
        RopCodecEntry.Create<RopCopyPropertiesRequest, RopCopyPropertiesResponse>(RopId.RopCopyProperties),
        RopCodecEntry.Create<RopCopyToRequest, RopCopyToResponse>(RopId.RopCopyTo),
        RopCodecEntry.Create<RopGetPropertyIdsFromNamesRequest, RopGetPropertyIdsFromNamesResponse>(RopId.RopGetPropertyIdsFromNames),
        RopCodecEntry.Create<RopGetNamesFromPropertyIdsRequest, RopGetNamesFromPropertyIdsResponse>(RopId.RopGetNamesFromPropertyIds),
    ];
}
