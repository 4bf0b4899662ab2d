namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Objects;

public static partial class RopHandlers
{
    /// <summary>RopGetStoreState ([MS-OXCSTOR] 3.2.5.5): NotImplemented unless the option asks for the Exchange 2003/2007 behaviour.</summary>
    private static RopResponse? GetStoreState(RopContext context, RopGetStoreStateRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!context.Options.GetStoreStateImplemented)
        {
            return context.Fail(ErrorCodes.NotImplemented);
        }

        if (logon.Store is not Mailbox mailbox)
        {
            return context.Fail(ErrorCodes.NotSupported);
        }

        // Only STORE_HAS_SEARCHES may ever be set.
        return new RopGetStoreStateResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            StoreState = mailbox.HasActiveSearchFolders ? StoreState.StoreHasSearches : StoreState.None,
        };
    }

    /// <summary>RopGetOwningServers ([MS-OXCSTOR] 3.2.5.6): the servers with an active replica of a folder, cheapest first.</summary>
    private static RopResponse? GetOwningServers(RopContext context, RopGetOwningServersRequest request)
    {
        uint error = FindReplicatedFolder(context, request.InputHandleIndex, request.FolderId, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // A folder with a local replica is served here (a private mailbox folder always is: <12>, Exchange
        // answers private logons too). Without one, the active replicas elsewhere; all cost the same here.
        IReadOnlyList<string> servers = folder.GhostReplicaServers ?? [context.Options.ServerDistinguishedName];
        if (servers.Count == 0)
        {
            return context.Fail(ErrorCodes.NoReplicaAvailable);
        }

        return new RopGetOwningServersResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            CheapServersCount = (ushort)servers.Count,
            OwningServers = servers.ToArray(),
        };
    }

    /// <summary>RopPublicFolderIsGhosted ([MS-OXCSTOR] 3.2.5.7): whether this server lacks an active replica of a public folder.</summary>
    private static RopResponse? PublicFolderIsGhosted(RopContext context, RopPublicFolderIsGhostedRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // Against a private mailbox the answer is always FALSE, with no replica data.
        if (logon.Store is not PublicFolderStore publicFolders)
        {
            return new RopPublicFolderIsGhostedResponse { InputHandleIndex = request.InputHandleIndex, IsGhosted = false };
        }

        error = FindReplicatedFolder(context, request.InputHandleIndex, request.FolderId, out FolderRecord folder);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // The IPM and non-IPM subtrees are never ghosted (GhostedReplicaServers, shared with RopOpenFolder).
        if (GhostedReplicaServers(publicFolders, folder) is not { } servers)
        {
            return new RopPublicFolderIsGhostedResponse { InputHandleIndex = request.InputHandleIndex, IsGhosted = false };
        }

        // No active replica left anywhere: ecNoReplicaAvailable, which the client reads as ghosted.
        if (servers.Count == 0)
        {
            return context.Fail(ErrorCodes.NoReplicaAvailable);
        }

        return new RopPublicFolderIsGhostedResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            IsGhosted = true,
            CheapServersCount = (ushort)servers.Count,
            Servers = servers.ToArray(),
        };
    }

    /// <summary>The folder <paramref name="folderId"/> of the logon's store; ecNotFound when it has none.</summary>
    private static uint FindReplicatedFolder(RopContext context, byte inputHandleIndex, ObjectId folderId, out FolderRecord folder)
    {
        folder = null!;
        uint error = context.Resolve(inputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return error;
        }

        if (!logon.Store.Folders.TryGetValue(folderId, out FolderRecord? found) || found.IsDeleted)
        {
            return ErrorCodes.NotFound;
        }

        folder = found;
        return ErrorCodes.Success;
    }

    /// <summary>RopLongTermIdFromId ([MS-OXCSTOR] 3.2.5.8): the REPLGUID of the ID's REPLID with its GLOBCNT.</summary>
    private static RopResponse? LongTermIdFromId(RopContext context, RopLongTermIdFromIdRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // <43>: Exchange 2013 and later answer success for ObjectId 0.
        if (request.ObjectId == default && context.Options.LongTermIdFromZeroIdSucceeds)
        {
            return new RopLongTermIdFromIdResponse { InputHandleIndex = request.InputHandleIndex, LongTermId = default };
        }

        // Whether the ID was ever assigned is not checked; an unmapped REPLID (0 never is) SHOULD give ecNotFound.
        if (!logon.Store.Replicas.TryGetGuid(request.ObjectId.ReplicaId, out Guid replicaGuid))
        {
            return context.Fail(ErrorCodes.NotFound);
        }

        return new RopLongTermIdFromIdResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            LongTermId = new LongTermId(replicaGuid, request.ObjectId.GlobalCounter, 0),
        };
    }

    /// <summary>RopIdFromLongTermId ([MS-OXCSTOR] 3.2.5.9): the REPLID of the REPLGUID (registered when new) with the GLOBCNT.</summary>
    private static RopResponse? IdFromLongTermId(RopContext context, RopIdFromLongTermIdRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // A zero REPLGUID SHOULD be ecInvalidParam (<44>: Exchange 2007 and 2019 succeed; the ID is then 0).
        bool zeroGuid = request.LongTermId.DatabaseGuid == Guid.Empty;
        if (zeroGuid && !context.Options.IdFromZeroReplicaGuidSucceeds)
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        // A zero GLOBCNT "fails" with ReturnValue 0: a success response whose ObjectId is 0.
        if (zeroGuid || request.LongTermId.GlobalCounter == 0)
        {
            return new RopIdFromLongTermIdResponse { InputHandleIndex = request.InputHandleIndex, ObjectId = default };
        }

        // The pad is ignored; the same REPLGUID always maps to the same REPLID.
        if (!logon.Store.Replicas.TryGetOrAdd(request.LongTermId.DatabaseGuid, context.Options.MaximumReplicaIds, out ushort replicaId))
        {
            return context.Fail(ErrorCodes.ParameterOverflow);
        }

        return new RopIdFromLongTermIdResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            ObjectId = new ObjectId(replicaId, request.LongTermId.GlobalCounter),
        };
    }
}
