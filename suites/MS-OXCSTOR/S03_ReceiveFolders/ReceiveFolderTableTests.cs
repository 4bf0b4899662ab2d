namespace Conformance.Suites.OXCSTOR.S03_ReceiveFolders;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;

/// <summary>[MS-OXCSTOR] 3.2.3, 3.2.5.3, 3.2.5.4: the rows of the Receive folder table and the folders they name.</summary>
[TestFixture]
public sealed class ReceiveFolderTableTests : ReceiveFolderTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0139")]
    public async Task The_table_holds_the_rows_every_mailbox_starts_with()
    {
        // The test mailbox is assumed to keep its initial rows: every test here puts back what it changes,
        // and the IPM and Report.IPM rows cannot be changed at all (3.2.5.3).
        MailboxClient client = await LogonAsync();
        IReadOnlyList<ReceiveFolderRow> rows = await ReadReceiveFolderTableAsync(client);

        // [MS-OXCSTOR] 3.2.3: "" -> Inbox, "IPM" -> Inbox, "Report.IPM" -> Inbox, "IPC" -> Root folder.
        (string Class, ObjectId Folder)[] expected =
        [
            (string.Empty, client.Folders.Inbox),
            ("IPM", client.Folders.Inbox),
            ("Report.IPM", client.Folders.Inbox),
            ("IPC", client.Folders.MailboxRoot),
        ];
        string[] missing = [.. expected
            .Where(e => !rows.Any(r => string.Equals(r.MessageClass, e.Class, StringComparison.OrdinalIgnoreCase) && r.FolderId == e.Folder))
            .Select(e => $"\"{e.Class}\" -> {e.Folder}")];
        Check("MS-OXCSTOR-R0139", missing.Length == 0, string.Join(", ", expected.Select(e => $"\"{e.Class}\" -> {e.Folder}")), Describe(rows), missing.Length == 0 ? "" : $"missing: {string.Join(", ", missing)}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0169")]
    [Requirement("MS-OXCSTOR-R0049")]
    public async Task The_table_returns_every_row_and_each_names_a_folder_of_the_mailbox()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        string first = UniqueMessageClass();
        string second = UniqueMessageClass();
        await RequireReceiveFolderAsync(client, first, folder.FolderId);
        await RequireReceiveFolderAsync(client, second, client.Folders.Inbox);

        IReadOnlyList<ReceiveFolderRow> rows = await ReadReceiveFolderTableAsync(client);

        // [MS-OXCSTOR] 3.2.5.4: the rows just configured are among the rows returned, and every returned row
        // is one RopGetReceiveFolder resolves its own class to (3.2.5.2), so it is a row of this mailbox's table.
        var problems = new List<string>();
        if (!rows.Any(r => string.Equals(r.MessageClass, first, StringComparison.OrdinalIgnoreCase) && r.FolderId == folder.FolderId))
        {
            problems.Add($"no row \"{first}\" -> {folder.FolderId}");
        }

        if (!rows.Any(r => string.Equals(r.MessageClass, second, StringComparison.OrdinalIgnoreCase) && r.FolderId == client.Folders.Inbox))
        {
            problems.Add($"no row \"{second}\" -> {client.Folders.Inbox}");
        }

        foreach (ReceiveFolderRow row in rows.Where(r => r.MessageClass is not null))
        {
            RopGetReceiveFolderResponse lookup = await GetReceiveFolderAsync(client, row.MessageClass!);
            if (lookup.FolderId != row.FolderId || !string.Equals(lookup.ExplicitMessageClass, row.MessageClass, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"row \"{row.MessageClass}\" -> {row.FolderId} but RopGetReceiveFolder answers \"{lookup.ExplicitMessageClass}\" -> {lookup.FolderId}");
            }
        }

        Check("MS-OXCSTOR-R0169", problems.Count == 0, "every configured row", Describe(rows), string.Join("; ", problems));

        // [MS-OXCSTOR] 2.2.1.4.2: each PidTagFolderId is a folder of the user's mailbox, so it opens on this logon.
        var outside = new List<string>();
        foreach (ReceiveFolderRow row in rows)
        {
            if (row.FolderId is not { } id || !await IsMailboxFolderAsync(client, id, 2))
            {
                outside.Add($"\"{row.MessageClass}\" -> {row.FolderId?.ToString() ?? "(no Folder ID)"}");
            }
        }

        Check("MS-OXCSTOR-R0049", outside.Count == 0, "every PidTagFolderId opens as a folder of the mailbox", Describe(rows), outside.Count == 0 ? "" : $"not a folder of the mailbox: {string.Join(", ", outside)}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0167")]
    public async Task A_Folder_ID_that_names_no_folder_of_the_mailbox_never_enters_the_table()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);

        // A Folder ID of this mailbox whose folder no longer exists.
        RopCreateFolderResponse created = await client.CreateFolderAsync(folder.Index, 2, "gone");
        await client.ReleaseAsync(2);
        await client.DeleteFolderAsync(folder.Index, created.FolderId);
        string messageClass = UniqueMessageClass();

        uint returnValue = await SetReceiveFolderAsync(client, messageClass, created.FolderId);
        IReadOnlyList<ReceiveFolderRow> rows = await ReadReceiveFolderTableAsync(client);

        // [MS-OXCSTOR] 3.2.5.3: the table keeps only Folder IDs of folders within the user's mailbox, so either
        // the request fails or it is stored against a folder that opens (this one cannot).
        var outside = new List<string>();
        foreach (ReceiveFolderRow row in rows)
        {
            if (row.FolderId is not { } id || !await IsMailboxFolderAsync(client, id, 2))
            {
                outside.Add($"\"{row.MessageClass}\" -> {row.FolderId?.ToString() ?? "(no Folder ID)"}");
            }
        }

        Check(
            "MS-OXCSTOR-R0167",
            outside.Count == 0,
            "only folders of the mailbox in the table",
            $"RopSetReceiveFolder to deleted folder {created.FolderId}: {ErrorCodes.Describe(returnValue)}; rows naming no folder: {(outside.Count == 0 ? "none" : string.Join(", ", outside))}");
    }

    private static string Describe(IReadOnlyList<ReceiveFolderRow> rows) =>
        string.Join(", ", rows.Select(r => $"\"{r.MessageClass}\" -> {r.FolderId}"));
}
