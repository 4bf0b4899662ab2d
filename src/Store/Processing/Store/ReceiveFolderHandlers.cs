namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Objects;

public static partial class RopHandlers
{
    /// <summary>RopGetReceiveFolder ([MS-OXCSTOR] 3.2.5.2): the Receive folder of a message class by longest configured prefix.</summary>
    private static RopResponse? GetReceiveFolder(RopContext context, RopGetReceiveFolderRequest request)
    {
        uint error = PrivateMailboxOf(context, request.InputHandleIndex, out Mailbox mailbox);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!IsValidMessageClass(request.MessageClass))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        ReceiveFolderEntry? match = mailbox.ReceiveFolders
            .Where(entry => context.Options.Faults.HasFlag(StoreFaults.NoReceiveFolderSubclassResolution)
                ? string.Equals(entry.MessageClass, request.MessageClass, StringComparison.OrdinalIgnoreCase)
                : ClassMatches(entry.MessageClass, request.MessageClass, context.Options.ReceiveFolderMatchesWholeComponents))
            .MaxBy(entry => entry.MessageClass.Length);

        // Without a matching row the answer is the Inbox with an empty class (the "" row normally matches first).
        return new RopGetReceiveFolderResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            FolderId = match?.FolderId ?? mailbox.SpecialFolders.Inbox,
            ExplicitMessageClass = match?.MessageClass ?? string.Empty,
        };
    }

    /// <summary>RopSetReceiveFolder ([MS-OXCSTOR] 3.2.5.3): adds, changes or (with Folder ID 0) removes a Receive folder row.</summary>
    private static RopResponse? SetReceiveFolder(RopContext context, RopSetReceiveFolderRequest request)
    {
        uint error = PrivateMailboxOf(context, request.InputHandleIndex, out Mailbox mailbox);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!IsValidMessageClass(request.MessageClass))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        // The rows of "IPM" and "Report.IPM" cannot be changed.
        if (string.Equals(request.MessageClass, "IPM", StringComparison.OrdinalIgnoreCase)
            || string.Equals(request.MessageClass, "Report.IPM", StringComparison.OrdinalIgnoreCase))
        {
            return context.Fail(ErrorCodes.AccessDenied);
        }

        bool remove = request.FolderId == default;
        if (remove && request.MessageClass.Length == 0)
        {
            return context.Fail(ErrorCodes.GeneralFailure);
        }

        // A Receive folder MUST be a folder of the user's mailbox ([MS-OXCSTOR] 3.2.5.3); the section names
        // no code for one that is not, so it is the generic ecNotFound ([MS-OXCDATA] 2.4).
        if (!remove && (!mailbox.Folders.TryGetValue(request.FolderId, out FolderRecord? folder) || folder.IsDeleted))
        {
            return context.Fail(ErrorCodes.NotFound);
        }

        ulong now = (ulong)context.Server.Time.GetUtcNow().UtcDateTime.ToFileTimeUtc();
        int index = mailbox.ReceiveFolders.FindIndex(entry => string.Equals(entry.MessageClass, request.MessageClass, StringComparison.OrdinalIgnoreCase));
        if (remove)
        {
            if (index >= 0)
            {
                mailbox.ReceiveFolders.RemoveAt(index);
            }
        }
        else if (index >= 0)
        {
            mailbox.ReceiveFolders[index].FolderId = request.FolderId;
            mailbox.ReceiveFolders[index].LastModificationTime = now;
        }
        else
        {
            string stored = Mailbox.FoldReceiveFolderClass(request.MessageClass, context.Options.ReceiveFolderClassCase);
            mailbox.ReceiveFolders.Add(new ReceiveFolderEntry(stored, request.FolderId, now));
        }

        return new RopSetReceiveFolderResponse { InputHandleIndex = request.InputHandleIndex };
    }

    /// <summary>RopGetReceiveFolderTable ([MS-OXCSTOR] 3.2.5.4): every row of the mailbox's Receive folder table.</summary>
    private static RopResponse? GetReceiveFolderTable(RopContext context, RopGetReceiveFolderTableRequest request)
    {
        uint error = PrivateMailboxOf(context, request.InputHandleIndex, out Mailbox mailbox);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (mailbox.ReceiveFolders.Count == 0)
        {
            return context.Fail(ErrorCodes.NoReceiveFolder);
        }

        return new RopGetReceiveFolderTableResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            Rows = mailbox.ReceiveFolders
                .Select(entry => RopGetReceiveFolderTableResponse.Row(entry.FolderId, entry.MessageClass, entry.LastModificationTime))
                .ToArray(),
        };
    }

    /// <summary>The mailbox of the private logon at the input handle; ecNotSupported for a public folders logon.</summary>
    private static uint PrivateMailboxOf(RopContext context, byte inputHandleIndex, out Mailbox mailbox)
    {
        mailbox = null!;
        uint error = context.Resolve(inputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return error;
        }

        if (logon.Store is not Mailbox found)
        {
            return ErrorCodes.NotSupported;
        }

        mailbox = found;
        return ErrorCodes.Success;
    }

    // [MS-OXCSTOR] 2.2.1.2.1, 2.2.1.3.1: at most 254 characters (255 with the terminator), each 32-126,
    // no period at either end and no two periods together. The empty class is valid.
    private static bool IsValidMessageClass(string messageClass) =>
        messageClass.Length <= 254
        && messageClass.All(c => c is >= ' ' and <= '~')
        && !messageClass.StartsWith('.')
        && !messageClass.EndsWith('.')
        && !messageClass.Contains("..", StringComparison.Ordinal);

    // A configured class covers itself and its subclasses ([MS-OXCSTOR] 2.2.1.2, 3.2.5.2), case-insensitively;
    // the empty class covers everything.
    private static bool ClassMatches(string configured, string requested, bool wholeComponents) =>
        configured.Length == 0
        || (requested.StartsWith(configured, StringComparison.OrdinalIgnoreCase)
            && (!wholeComponents || requested.Length == configured.Length || requested[configured.Length] == '.'));
}
