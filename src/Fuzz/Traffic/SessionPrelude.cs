namespace Conformance.Fuzz.Traffic;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// What runs before every case, on a fresh session, so that a case replays alone: the private logon
/// ([MS-OXCSTOR] 2.2.1.1); the fuzzer's own test folder under the Inbox, opened if it exists ([MS-OXCFOLD] 2.2.1.2),
/// hard deleted with everything in it and created anew ([MS-OXCFOLD] 2.2.1.3), so nothing an earlier case left
/// there (soft-deleted items included, which would also slow an overnight run) is seen; and a new unsaved message in
/// it ([MS-OXCMSG] 2.2.3.2). The fuzzed buffer gets their handles.
/// </summary>
public static class SessionPrelude
{
    /// <summary>The test folder's display name: the only folder the fuzzer writes in.</summary>
    public const string TestFolderName = "Conformance traffic fuzz";

    /// <summary>The prelude as a finding records it.</summary>
    public const string Description =
        "fresh session; RopLogon (private, own mailbox) -> handle 0; RopOpenFolder(Inbox); RopCreateFolder('" + TestFolderName + "', OpenExisting); "
        + "RopDeleteFolder(it, hard, messages and folders) + RopCreateFolder('" + TestFolderName + "') -> handle 1; RopCreateMessage in it -> handle 2";

    /// <summary>How many Execute calls the prelude makes before the fuzzed buffer.</summary>
    public const int CallCount = 5;

    /// <summary>Index of the logon handle among the prelude's handles.</summary>
    public const int LogonHandle = 0;

    /// <summary>Runs the prelude on <paramref name="session"/>; returns the handles: logon, test folder, message.</summary>
    public static async Task<uint[]> RunAsync(ISession session, CancellationToken cancellationToken)
    {
        var client = new MailboxClient(new RopSession(session));
        await client.LogonPrivateAsync().ConfigureAwait(false);
        await client.OpenFolderAsync(client.Folders.Inbox, 1).ConfigureAwait(false);
        RopCreateFolderResponse existing = await client.ExpectAsync<RopCreateFolderResponse>(CreateFolder(openExisting: true)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<RopResponse> renewed = await client.RunAllAsync(
            new RopDeleteFolderRequest
            {
                InputHandleIndex = 1,
                DeleteFolderFlags = DeleteFolderFlags.DeleteMessages | DeleteFolderFlags.DeleteFolders | DeleteFolderFlags.DeleteHardDelete,
                FolderId = existing.FolderId,
            },
            CreateFolder(openExisting: false)).ConfigureAwait(false);
        if (renewed.Count != 2 || renewed.Any(r => r is not IRopResult { ReturnValue: 0 }) || renewed[1] is not RopCreateFolderResponse folder)
        {
            throw new InvalidOperationException($"the prelude could not renew the test folder: {string.Join(", ", renewed.Select(Describe))}");
        }

        await client.ExpectAsync<RopCreateMessageResponse>(new RopCreateMessageRequest
        {
            InputHandleIndex = 0,
            OutputHandleIndex = 3,
            CodePageId = MailboxClient.LogonCodePage,
            FolderId = folder.FolderId,
            AssociatedFlag = false,
        }).ConfigureAwait(false);
        return [client.Handles[0], client.Handles[2], client.Handles[3]];
    }

    private static RopCreateFolderRequest CreateFolder(bool openExisting) => new()
    {
        InputHandleIndex = 1,
        OutputHandleIndex = 2,
        FolderType = FolderType.Generic,
        UseUnicodeStrings = true,
        OpenExisting = openExisting,
        DisplayName = TestFolderName,
        Comment = string.Empty,
    };

    private static string Describe(RopResponse response) =>
        response is IRopResult result ? $"{response.RopId} 0x{result.ReturnValue:X8}" : response.RopId.ToString();
}
