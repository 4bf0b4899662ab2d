namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

// The [MS-OXCSTOR] ROPs. Their handlers live in Processing/Store/, one file per group of ROPs.
public static partial class RopHandlers
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopHandlerEntry[] StoreHandlers =>
    [
        // The redirect response carries a server name of up to 255 bytes; the success responses are fixed-size.
        RopHandlerEntry.Writer<RopLogonRequest>(RopId.RopLogon, Logon, _ => 6 + 1 + 1 + 255),
        RopHandlerEntry.Reader<RopGetReceiveFolderRequest>(RopId.RopGetReceiveFolder, GetReceiveFolder),
        RopHandlerEntry.Writer<RopSetReceiveFolderRequest>(RopId.RopSetReceiveFolder, SetReceiveFolder),
        RopHandlerEntry.Reader<RopGetReceiveFolderTableRequest>(RopId.RopGetReceiveFolderTable, GetReceiveFolderTable),
        RopHandlerEntry.Reader<RopGetStoreStateRequest>(RopId.RopGetStoreState, GetStoreState),
        RopHandlerEntry.Reader<RopGetOwningServersRequest>(RopId.RopGetOwningServers, GetOwningServers),
        RopHandlerEntry.Reader<RopPublicFolderIsGhostedRequest>(RopId.RopPublicFolderIsGhosted, PublicFolderIsGhosted),
        RopHandlerEntry.Reader<RopLongTermIdFromIdRequest>(RopId.RopLongTermIdFromId, LongTermIdFromId),

        // It may register a new REPLID ([MS-OXCSTOR] 3.2.5.9), so it changes state.
        RopHandlerEntry.Writer<RopIdFromLongTermIdRequest>(RopId.RopIdFromLongTermId, IdFromLongTermId),
        RopHandlerEntry.Reader<RopGetPerUserLongTermIdsRequest>(RopId.RopGetPerUserLongTermIds, GetPerUserLongTermIds),
        RopHandlerEntry.Reader<RopGetPerUserGuidRequest>(RopId.RopGetPerUserGuid, GetPerUserGuid),

        // It records what the logon has read to the end ([MS-OXCSTOR] 2.2.1.12.2); the bound covers the largest segment.
        RopHandlerEntry.Writer<RopReadPerUserInformationRequest>(RopId.RopReadPerUserInformation, ReadPerUserInformation, ReadPerUserInformationBound),
        RopHandlerEntry.Writer<RopWritePerUserInformationRequest>(RopId.RopWritePerUserInformation, WritePerUserInformation),
    ];
}
