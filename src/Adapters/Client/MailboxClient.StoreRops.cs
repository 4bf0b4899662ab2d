namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// The Store object ROPs of [MS-OXCSTOR] 2.2.1 as a client sends them on the logon at <see cref="LogonIndex"/>.
/// They refuse, before sending anything, what a client must not send: a private-mailbox-only ROP on a public
/// folders logon, a public-folders ROP on a private logon, a malformed message class. Tests that send such
/// requests on purpose build the request records themselves and use <see cref="RunAsync"/>.
/// </summary>
public sealed partial class MailboxClient
{
    /// <summary>ecNoReplicaAvailable ([MS-OXCSTOR] 3.2.5.7): no reachable active replica, which means ghosted.</summary>
    public const uint NoReplicaAvailable = 0x00000469;

    /// <summary>The longest message class, in bytes with its terminator ([MS-OXCSTOR] 2.2.1.2.1).</summary>
    public const int MaximumMessageClassSize = 255;

    /// <summary>The RopLogon a client sends to its private store to be pointed at another public folder server ([MS-OXCSTOR] 3.1.5.1).</summary>
    public static RopLogonRequest AlternatePublicServerLogonRequest(byte outputIndex = LogonIndex) => PublicLogonRequest(outputIndex) with
    {
        OpenFlags = OpenFlags.Public | OpenFlags.AlternateServer | OpenFlags.UsePerMdbReplidMapping,
    };

    /// <summary>The RopLogon a client sends to the alternate public folder server it was pointed at ([MS-OXCSTOR] 3.1.5.1).</summary>
    public static RopLogonRequest AlternatePublicFoldersLogonRequest(byte outputIndex = LogonIndex) => PublicLogonRequest(outputIndex) with
    {
        OpenFlags = OpenFlags.Public | OpenFlags.IgnoreHomeMdb | OpenFlags.UsePerMdbReplidMapping,
    };

    /// <summary>Whether <paramref name="messageClass"/> meets the rules of [MS-OXCSTOR] 2.2.1.2.1 and 2.2.1.3.1.</summary>
    public static bool IsValidMessageClass(string messageClass)
    {
        ArgumentNullException.ThrowIfNull(messageClass);
        return messageClass.Length + 1 <= MaximumMessageClassSize
            && messageClass.All(c => c is >= ' ' and <= '~')
            && !messageClass.StartsWith('.')
            && !messageClass.EndsWith('.')
            && !messageClass.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>RopGetReceiveFolder for <paramref name="messageClass"/> (private mailbox logon only, [MS-OXCSTOR] 2.2.1.2.1).</summary>
    public Task<RopGetReceiveFolderResponse> GetReceiveFolderAsync(string messageClass)
    {
        RequirePrivateLogon(RopId.RopGetReceiveFolder);
        RequireValidMessageClass(messageClass);
        return ExpectAsync<RopGetReceiveFolderResponse>(new RopGetReceiveFolderRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, MessageClass = messageClass });
    }

    /// <summary>RopSetReceiveFolder: <paramref name="folderId"/> receives <paramref name="messageClass"/>; a zero Folder ID removes the entry ([MS-OXCSTOR] 2.2.1.3.1).</summary>
    public Task<RopSetReceiveFolderResponse> SetReceiveFolderAsync(ObjectId folderId, string messageClass)
    {
        RequirePrivateLogon(RopId.RopSetReceiveFolder);
        RequireValidMessageClass(messageClass);
        return ExpectAsync<RopSetReceiveFolderResponse>(new RopSetReceiveFolderRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, FolderId = folderId, MessageClass = messageClass });
    }

    /// <summary>RopGetReceiveFolderTable (private mailbox logon only, [MS-OXCSTOR] 2.2.1.4.1).</summary>
    public Task<RopGetReceiveFolderTableResponse> GetReceiveFolderTableAsync()
    {
        RequirePrivateLogon(RopId.RopGetReceiveFolderTable);
        return ExpectAsync<RopGetReceiveFolderTableResponse>(new RopGetReceiveFolderTableRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex });
    }

    /// <summary>RopGetStoreState (private mailbox logon only, [MS-OXCSTOR] 2.2.1.5.1); the raw response, as some servers do not implement it.</summary>
    public Task<RopResponse> GetStoreStateAsync()
    {
        RequirePrivateLogon(RopId.RopGetStoreState);
        return RunAsync(new RopGetStoreStateRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex });
    }

    /// <summary>RopGetPerUserLongTermIds for the public database <paramref name="databaseGuid"/> (private mailbox logon only, [MS-OXCSTOR] 2.2.1.10.1).</summary>
    public Task<RopGetPerUserLongTermIdsResponse> GetPerUserLongTermIdsAsync(Guid databaseGuid)
    {
        RequirePrivateLogon(RopId.RopGetPerUserLongTermIds);
        return ExpectAsync<RopGetPerUserLongTermIdsResponse>(new RopGetPerUserLongTermIdsRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, DatabaseGuid = databaseGuid });
    }

    /// <summary>RopGetPerUserGuid for a public folder (private mailbox logon only, [MS-OXCSTOR] 2.2.1.11.1); the raw response, as "no cached data" is a failure.</summary>
    public Task<RopResponse> GetPerUserGuidAsync(LongTermId folder)
    {
        RequirePrivateLogon(RopId.RopGetPerUserGuid);
        return RunAsync(new RopGetPerUserGuidRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, LongTermId = folder });
    }

    /// <summary>RopLongTermIdFromId ([MS-OXCSTOR] 2.2.1.8.1); <paramref name="objectId"/> is an ID this logon's server returned.</summary>
    public async Task<LongTermId> LongTermIdFromIdAsync(ObjectId objectId)
    {
        RequireLogon(RopId.RopLongTermIdFromId);
        return (await ExpectAsync<RopLongTermIdFromIdResponse>(new RopLongTermIdFromIdRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, ObjectId = objectId }).ConfigureAwait(false)).LongTermId;
    }

    /// <summary>RopIdFromLongTermId ([MS-OXCSTOR] 2.2.1.9.1).</summary>
    public async Task<ObjectId> IdFromLongTermIdAsync(LongTermId longTermId)
    {
        RequireLogon(RopId.RopIdFromLongTermId);
        return (await ExpectAsync<RopIdFromLongTermIdResponse>(new RopIdFromLongTermIdRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, LongTermId = longTermId }).ConfigureAwait(false)).ObjectId;
    }

    /// <summary>RopGetOwningServers for a public folder (public folders logon, [MS-OXCSTOR] 2.2.1.6.1).</summary>
    public Task<RopGetOwningServersResponse> GetOwningServersAsync(ObjectId folderId)
    {
        RequirePublicLogon(RopId.RopGetOwningServers);
        return ExpectAsync<RopGetOwningServersResponse>(new RopGetOwningServersRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, FolderId = folderId });
    }

    /// <summary>
    /// RopPublicFolderIsGhosted for a public folder (public folders logon, [MS-OXCSTOR] 2.2.1.7.1). A failure with
    /// ecNoReplicaAvailable means ghosted ([MS-OXCSTOR] 3.2.5.7), so it is returned as IsGhosted TRUE with no servers.
    /// </summary>
    public async Task<RopPublicFolderIsGhostedResponse> PublicFolderIsGhostedAsync(ObjectId folderId)
    {
        RequirePublicLogon(RopId.RopPublicFolderIsGhosted);
        RopResponse response = await RunAsync(new RopPublicFolderIsGhostedRequest { LogonId = LogonIndex, InputHandleIndex = LogonIndex, FolderId = folderId }).ConfigureAwait(false);
        return response is IRopResult { ReturnValue: NoReplicaAvailable } noReplica
            ? new RopPublicFolderIsGhostedResponse { InputHandleIndex = noReplica.HandleIndex, ReturnValue = NoReplicaAvailable, IsGhosted = true }
            : Success<RopPublicFolderIsGhostedResponse>(response);
    }

    private void RequirePrivateLogon(RopId rop)
    {
        if (!RequireLogon(rop))
        {
            throw new InvalidOperationException($"{rop} is sent on a private mailbox logon only ([MS-OXCSTOR] 2.2.1)");
        }
    }

    private void RequirePublicLogon(RopId rop)
    {
        if (RequireLogon(rop))
        {
            throw new InvalidOperationException($"{rop} is meant for a public folders logon ([MS-OXCSTOR] 2.2.1)");
        }
    }

    private static void RequireValidMessageClass(string messageClass)
    {
        if (!IsValidMessageClass(messageClass))
        {
            throw new ArgumentException($"'{messageClass}' is not a valid message class ([MS-OXCSTOR] 2.2.1.2.1)", nameof(messageClass));
        }
    }

    /// <summary>Whether the logon at <see cref="LogonIndex"/> is a private mailbox logon; throws when there is none.</summary>
    private bool RequireLogon(RopId rop)
    {
        if (Mailbox is null && PublicFolders is null)
        {
            throw new InvalidOperationException($"{rop} needs a logon first");
        }

        return Mailbox is not null;
    }
}
