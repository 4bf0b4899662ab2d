namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Rops.Store;

/// <summary>The ROPs of [MS-OXCSTOR] 2.2.1.</summary>
public static partial class RopRegistry
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopCodecEntry[] StoreRops =>
    [
        RopCodecEntry.Create<RopLogonRequest, RopLogonResponse>(RopId.RopLogon),
        RopCodecEntry.Create<RopGetReceiveFolderRequest, RopGetReceiveFolderResponse>(RopId.RopGetReceiveFolder),
        RopCodecEntry.Create<RopSetReceiveFolderRequest, RopSetReceiveFolderResponse>(RopId.RopSetReceiveFolder),
        RopCodecEntry.Create<RopGetReceiveFolderTableRequest, RopGetReceiveFolderTableResponse>(RopId.RopGetReceiveFolderTable),
        RopCodecEntry.Create<RopGetStoreStateRequest, RopGetStoreStateResponse>(RopId.RopGetStoreState),
        RopCodecEntry.Create<RopGetOwningServersRequest, RopGetOwningServersResponse>(RopId.RopGetOwningServers),
        RopCodecEntry.Create<RopPublicFolderIsGhostedRequest, RopPublicFolderIsGhostedResponse>(RopId.RopPublicFolderIsGhosted),
        RopCodecEntry.Create<RopLongTermIdFromIdRequest, RopLongTermIdFromIdResponse>(RopId.RopLongTermIdFromId),
        RopCodecEntry.Create<RopIdFromLongTermIdRequest, RopIdFromLongTermIdResponse>(RopId.RopIdFromLongTermId),
        RopCodecEntry.Create<RopGetPerUserLongTermIdsRequest, RopGetPerUserLongTermIdsResponse>(RopId.RopGetPerUserLongTermIds),
        RopCodecEntry.Create<RopGetPerUserGuidRequest, RopGetPerUserGuidResponse>(RopId.RopGetPerUserGuid),
        RopCodecEntry.Create<RopReadPerUserInformationRequest, RopReadPerUserInformationResponse>(RopId.RopReadPerUserInformation),
        RopCodecEntry.Create<RopWritePerUserInformationRequest, RopWritePerUserInformationResponse>(RopId.RopWritePerUserInformation),
    ];
}
