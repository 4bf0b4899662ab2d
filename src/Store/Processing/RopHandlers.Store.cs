namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Objects;

public static partial class RopHandlers
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopHandlerEntry[] StoreHandlers =>
    [
        RopHandlerEntry.Writer<RopLogonRequest>(RopId.RopLogon, Logon, request => 160 + (request.Essdn?.Length ?? 0)),
    ];

    /// <summary>RopLogon ([MS-OXCSTOR] 3.2.5.1): opens a private mailbox by ESSDN, or the public folders.</summary>
    private static RopResponse? Logon(RopContext context, RopLogonRequest request)
    {
        MessageStore? store;
        if ((request.LogonFlags & LogonFlags.Private) != 0)
        {
            store = request.Essdn is null ? null : context.Server.FindMailboxByEssdn(request.Essdn);
            if (store is null)
            {
                return context.Fail(ErrorCodes.LogonFailed);
            }
        }
        else
        {
            store = context.Server.PublicFolders;
        }

        var logon = new LogonObject(request.LogonId, store, request.LogonFlags, request.OpenFlags);
        if (!context.SetOutputHandle(request.OutputHandleIndex, logon))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        return store switch
        {
            Mailbox mailbox => new RopLogonPrivateMailboxResponse
            {
                OutputHandleIndex = request.OutputHandleIndex,
                LogonFlags = request.LogonFlags,
                FolderIds = mailbox.SpecialFolders,
                ResponseFlags = ResponseFlags.Reserved | OwnerRights(context, mailbox),
                MailboxGuid = mailbox.MailboxGuid,
                ReplId = MessageStore.LocalReplicaId,
                ReplGuid = mailbox.ReplicaGuid,
                LogonTime = LogonTimeOf(context.Server.Time.GetUtcNow().UtcDateTime),
                GwartTime = 0,
                StoreState = 0,
            },
            PublicFolderStore publicFolders => new RopLogonPublicFoldersResponse
            {
                OutputHandleIndex = request.OutputHandleIndex,
                LogonFlags = request.LogonFlags,
                FolderIds = publicFolders.SpecialFolders,
                ReplId = MessageStore.LocalReplicaId,
                ReplGuid = publicFolders.ReplicaGuid,
                PerUserGuid = publicFolders.PerUserGuid,
            },
            _ => context.Fail(ErrorCodes.NotSupported),
        };
    }

    // [MS-OXCSTOR] 2.2.1.1.3: the owner of a mailbox has owner and send-as rights on it.
    private static ResponseFlags OwnerRights(RopContext context, Mailbox mailbox) =>
        string.Equals(mailbox.Owner.Name, context.Session.User.Name, StringComparison.OrdinalIgnoreCase)
            ? ResponseFlags.OwnerRight | ResponseFlags.SendAsRight
            : ResponseFlags.None;

    private static LogonTime LogonTimeOf(DateTime utc) =>
        new((byte)utc.Second, (byte)utc.Minute, (byte)utc.Hour, utc.DayOfWeek, (byte)utc.Day, (byte)utc.Month, (ushort)utc.Year);
}
