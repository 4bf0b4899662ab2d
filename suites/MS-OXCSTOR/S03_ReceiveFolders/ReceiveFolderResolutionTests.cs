namespace Conformance.Suites.OXCSTOR.S03_ReceiveFolders;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;

/// <summary>[MS-OXCSTOR] 2.2.1.2, 3.2.5.2: RopGetReceiveFolder resolves a class to its longest configured prefix.</summary>
[TestFixture]
public sealed class ReceiveFolderResolutionTests : ReceiveFolderTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0037")]
    [Requirement("MS-OXCSTOR-R0039")]
    [Requirement("MS-OXCSTOR-R0038")]
    public async Task A_subclass_without_its_own_row_falls_back_to_the_longest_configured_prefix()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        RopCreateFolderResponse subfolder = await client.CreateFolderAsync(folder.Index, 2, "subclass");
        await client.ReleaseAsync(2);
        IReadOnlyList<ReceiveFolderRow> initial = await ReadReceiveFolderTableAsync(client);

        // The "" and "IPM" rows are there from the mailbox's creation (3.2.3); what they name is read, not assumed.
        ObjectId emptyClassFolder = RowFolder(initial, string.Empty);
        ObjectId ipmFolder = RowFolder(initial, "IPM");
        string parent = UniqueMessageClass();
        string child = parent + ".Sub";
        await RequireReceiveFolderAsync(client, parent, folder.FolderId);
        await RequireReceiveFolderAsync(client, child, subfolder.FolderId);
        await RequireReceiveFolderAsync(client, "IPM.Note", subfolder.FolderId);

        // [MS-OXCSTOR] 3.2.5.2: the row with the longest case-insensitive prefix of the class answers, with its own
        // class string; a class that only "" covers gets the "" row.
        var lookups = new List<(string Class, string Expected, ObjectId Folder)>
        {
            (parent, parent, folder.FolderId),
            (parent + ".Other", parent, folder.FolderId),
            (child + ".Deeper", child, subfolder.FolderId),
            (parent.ToUpperInvariant() + ".sUB.x", child, subfolder.FolderId),
            ($"IPM.Note.X{TestValues.NewGuid():N}", "IPM.Note", subfolder.FolderId),
            ($"IPM.Conformance{TestValues.NewGuid():N}", "IPM", ipmFolder),
            ($"Conformance{TestValues.NewGuid():N}.Unconfigured", string.Empty, emptyClassFolder),
        };
        var answers = new List<RopGetReceiveFolderResponse>();
        var wrongClass = new List<string>();
        var wrongFolder = new List<string>();
        await LookUpAsync(client, lookups, answers, wrongClass, wrongFolder);

        // [MS-OXCSTOR] 3.2.5.3: Folder ID 0 removes a row, and its subclasses fall back to the next prefix.
        uint removeChild = await client.ReturnValueAsync(new RopSetReceiveFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = default, MessageClass = child });
        uint removeNote = await client.ReturnValueAsync(new RopSetReceiveFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = default, MessageClass = "IPM.Note" });
        if (removeChild != ErrorCodes.Success || removeNote != ErrorCodes.Success)
        {
            wrongFolder.Add($"removing the rows failed: {ErrorCodes.Describe(removeChild)}, {ErrorCodes.Describe(removeNote)}");
        }

        var afterRemoval = new List<(string Class, string Expected, ObjectId Folder)>
        {
            (child + ".Deeper", parent, folder.FolderId),
            ($"IPM.Note.X{TestValues.NewGuid():N}", "IPM", ipmFolder),
        };
        await LookUpAsync(client, afterRemoval, answers, wrongClass, wrongFolder);

        string expected = string.Join("; ", lookups.Concat(afterRemoval).Select(l => $"{l.Class} -> \"{l.Expected}\" {l.Folder}"));
        string actual = string.Join("; ", answers.Select(a => $"\"{a.ExplicitMessageClass}\" {a.FolderId}"));
        Check("MS-OXCSTOR-R0039", wrongClass.Count == 0, expected, actual, string.Join("; ", wrongClass));
        Check("MS-OXCSTOR-R0037", wrongFolder.Count == 0, expected, actual, string.Join("; ", wrongFolder));

        // [MS-OXCSTOR] 2.2.1.2.2: every FolderId returned is a folder of the user's mailbox.
        var outside = new List<string>();
        foreach (ObjectId id in answers.Select(a => a.FolderId).Distinct())
        {
            if (!await IsMailboxFolderAsync(client, id, 2))
            {
                outside.Add(id.ToString());
            }
        }

        Check("MS-OXCSTOR-R0038", outside.Count == 0, "folders of the mailbox", string.Join(", ", answers.Select(a => a.FolderId).Distinct()), outside.Count == 0 ? "" : $"do not open: {string.Join(", ", outside)}");
    }

    private static async Task LookUpAsync(
        MailboxClient client,
        IEnumerable<(string Class, string Expected, ObjectId Folder)> lookups,
        List<RopGetReceiveFolderResponse> answers,
        List<string> wrongClass,
        List<string> wrongFolder)
    {
        foreach ((string messageClass, string expected, ObjectId folder) in lookups)
        {
            RopGetReceiveFolderResponse answer = await GetReceiveFolderAsync(client, messageClass);
            answers.Add(answer);

            // The server may fold the class's case (3.2.5.2), so it is compared without case.
            if (!string.Equals(answer.ExplicitMessageClass, expected, StringComparison.OrdinalIgnoreCase))
            {
                wrongClass.Add($"{messageClass}: class \"{answer.ExplicitMessageClass}\", expected \"{expected}\"");
            }

            if (answer.FolderId != folder)
            {
                wrongFolder.Add($"{messageClass}: folder {answer.FolderId}, expected {folder}");
            }
        }
    }

    private static ObjectId RowFolder(IReadOnlyList<ReceiveFolderRow> rows, string messageClass) =>
        rows.FirstOrDefault(r => string.Equals(r.MessageClass, messageClass, StringComparison.OrdinalIgnoreCase))?.FolderId
        ?? throw new InvalidOperationException($"the mailbox has no \"{messageClass}\" Receive folder row (see MS-OXCSTOR-R0139)");
}
