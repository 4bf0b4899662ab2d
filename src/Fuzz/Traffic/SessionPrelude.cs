namespace Conformance.Fuzz.Traffic;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// What runs before every case, on a fresh session, so that a case replays alone: the private logon
/// ([MS-OXCSTOR] 2.2.1.1), the fuzzer's own test folder under the Inbox (created once, then opened with OpenExisting,
/// [MS-OXCFOLD] 2.2.1.2, and emptied, 2.2.1.9) and a new unsaved message in it ([MS-OXCMSG] 2.2.3.2). The fuzzed buffer gets their handles.
/// </summary>
public static class SessionPrelude
{
    /// <summary>The test folder's display name: the only folder the fuzzer writes in.</summary>
    public const string TestFolderName = "Conformance traffic fuzz";

    /// <summary>The prelude as a finding records it.</summary>
    public const string Description =
        "fresh session; RopLogon (private, own mailbox) -> handle 0; RopOpenFolder(Inbox) -> RopCreateFolder('" + TestFolderName + "', OpenExisting) -> handle 1; RopEmptyFolder on it; RopCreateMessage in it -> handle 2";

    /// <summary>How many Execute calls the prelude makes before the fuzzed buffer.</summary>
    public const int CallCount = 4;

    /// <summary>Index of the logon handle among the prelude's handles.</summary>
    public const int LogonHandle = 0;

    /// <summary>Runs the prelude on <paramref name="session"/>; returns the handles: logon, test folder, message.</summary>
    public static async Task<uint[]> RunAsync(ISession session, CancellationToken cancellationToken)
    {
        var client = new MailboxClient(new RopSession(session));
        await client.LogonPrivateAsync().ConfigureAwait(false);
        await client.OpenFolderAsync(client.Folders.Inbox, 1).ConfigureAwait(false);
        RopCreateFolderResponse folder = await client.ExpectAsync<RopCreateFolderResponse>(new RopCreateFolderRequest
        {
            InputHandleIndex = 1,
            OutputHandleIndex = 2,
            FolderType = FolderType.Generic,
            UseUnicodeStrings = true,
            OpenExisting = true,
            DisplayName = TestFolderName,
            Comment = string.Empty,
        }).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        // Emptying the folder first keeps a case from depending on what earlier cases left in it, so a finding replays.
        IReadOnlyList<RopResponse> responses = await client.RunAllAsync(
            new RopEmptyFolderRequest { InputHandleIndex = 2, WantAsynchronous = false, WantDeleteAssociated = true },
            new RopCreateMessageRequest
            {
                InputHandleIndex = 0,
                OutputHandleIndex = 3,
                CodePageId = MailboxClient.LogonCodePage,
                FolderId = folder.FolderId,
                AssociatedFlag = false,
            }).ConfigureAwait(false);
        if (responses.Count != 2 || responses.Any(r => r is not IRopResult { ReturnValue: 0 }))
        {
            throw new InvalidOperationException($"the prelude's RopEmptyFolder and RopCreateMessage did not both succeed: {string.Join(", ", responses.Select(r => (r as IRopResult)?.ReturnValue.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) ?? r.RopId.ToString()))}");
        }

        return [client.Handles[0], client.Handles[2], client.Handles[3]];
    }
}
