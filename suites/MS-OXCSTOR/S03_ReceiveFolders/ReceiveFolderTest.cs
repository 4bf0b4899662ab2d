namespace Conformance.Suites.OXCSTOR.S03_ReceiveFolders;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;

/// <summary>One row of a Receive folder table as RopGetReceiveFolderTable returns it ([MS-OXCSTOR] 2.2.1.4.2).</summary>
public sealed record ReceiveFolderRow(ObjectId? FolderId, string? MessageClass, ulong? LastModificationTime);

/// <summary>
/// The base of the Receive folder tests: reading the table, and changing a message class's Receive folder
/// with the previous setting put back when the test ends (the mailbox keeps no trace of the test).
/// </summary>
public abstract class ReceiveFolderTest : ConformanceTest
{
    /// <summary>A message class no mailbox has configured: a fresh name under a private prefix.</summary>
    protected static string UniqueMessageClass(string prefix = "Conformance") => $"{prefix}.C{TestValues.NewGuid():N}";

    /// <summary>RopGetReceiveFolder on the private logon.</summary>
    protected static Task<RopGetReceiveFolderResponse> GetReceiveFolderAsync(MailboxClient client, string messageClass) =>
        client.ExpectAsync<RopGetReceiveFolderResponse>(new RopGetReceiveFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, MessageClass = messageClass });

    /// <summary>RopGetReceiveFolderTable on the private logon, its rows decoded.</summary>
    protected static async Task<IReadOnlyList<ReceiveFolderRow>> ReadReceiveFolderTableAsync(MailboxClient client)
    {
        RopGetReceiveFolderTableResponse table = await client.ExpectAsync<RopGetReceiveFolderTableResponse>(new RopGetReceiveFolderTableRequest { InputHandleIndex = MailboxClient.LogonIndex });
        return [.. table.Rows.Select(ToRow)];
    }

    /// <summary>
    /// Sets the Receive folder of <paramref name="messageClass"/> to <paramref name="folderId"/> and returns the
    /// ReturnValue; whatever the outcome, the class's previous explicit setting (or its absence) is restored
    /// when the test ends.
    /// </summary>
    protected async Task<uint> SetReceiveFolderAsync(MailboxClient client, string messageClass, ObjectId folderId)
    {
        await RestoreWhenDoneAsync(client, messageClass);
        return await client.ReturnValueAsync(new RopSetReceiveFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = folderId, MessageClass = messageClass });
    }

    /// <summary>As <see cref="SetReceiveFolderAsync"/>, for a setting the test builds on: it has to succeed.</summary>
    protected async Task RequireReceiveFolderAsync(MailboxClient client, string messageClass, ObjectId folderId)
    {
        uint returnValue = await SetReceiveFolderAsync(client, messageClass, folderId);
        if (returnValue != ErrorCodes.Success)
        {
            throw new RopFailedException(Protocol.Rops.RopId.RopSetReceiveFolder, returnValue, client.LastExchange!);
        }
    }

    /// <summary>Remembers the explicit Receive folder row of <paramref name="messageClass"/>, if any, and puts it back when the test ends.</summary>
    protected async Task RestoreWhenDoneAsync(MailboxClient client, string messageClass)
    {
        // A class with its own row is one whose lookup names exactly that class ([MS-OXCSTOR] 3.2.5.2).
        ObjectId previous = default;
        foreach (ReceiveFolderRow row in await ReadReceiveFolderTableAsync(client))
        {
            if (string.Equals(row.MessageClass, messageClass, StringComparison.OrdinalIgnoreCase) && row.FolderId is { } id)
            {
                previous = id;
            }
        }

        TargetUser owner = client.User;
        AddCleanup(async () =>
        {
            await using MailboxClient cleaner = new(new RopSession(await Target.ConnectAsync(owner)));
            await cleaner.LogonPrivateAsync();
            ObjectId current = default;
            foreach (ReceiveFolderRow row in await ReadReceiveFolderTableAsync(cleaner))
            {
                if (string.Equals(row.MessageClass, messageClass, StringComparison.OrdinalIgnoreCase) && row.FolderId is { } id)
                {
                    current = id;
                }
            }

            // Folder ID 0 removes the row ([MS-OXCSTOR] 3.2.5.3); nothing to do when the row is as it was.
            if (current != previous)
            {
                await cleaner.ExpectAsync<RopSetReceiveFolderResponse>(new RopSetReceiveFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = previous, MessageClass = messageClass });
            }
        });
    }

    /// <summary>Whether <paramref name="folderId"/> opens as a folder of the mailbox of <paramref name="client"/>'s private logon.</summary>
    protected static async Task<bool> IsMailboxFolderAsync(MailboxClient client, ObjectId folderId, byte index)
    {
        uint returnValue = await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, OutputHandleIndex = index, FolderId = folderId });
        if (returnValue == ErrorCodes.Success)
        {
            await client.ReleaseAsync(index);
        }

        return returnValue == ErrorCodes.Success;
    }

    private static ReceiveFolderRow ToRow(PropertyRow row)
    {
        PropertyValue? Cell(int i) => i < row.ValueArray.Count && row.ValueArray[i].Flag == FlaggedPropertyValueFlag.Available ? row.ValueArray[i].Value : null;
        return new ReceiveFolderRow(
            Cell(0) is PropertyValue<long> folder ? RopGetReceiveFolderTableResponse.FolderIdFromInteger64(folder.Value) : null,
            (Cell(1) as PropertyValue<string>)?.Value,
            (Cell(2) as PropertyValue<ulong>)?.Value);
    }
}
