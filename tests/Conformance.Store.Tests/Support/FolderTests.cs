namespace Conformance.Store.Tests.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopOpenFolder, RopCreateFolder, RopDeleteFolder, RopDeleteMessages and RopEmptyFolder ([MS-OXCFOLD] 3.2.5).</summary>
public sealed class FolderTests
{
    [Test]
    public async Task OpenFolderOpensASpecialFolderFromTheLogonAndAFolderFromAFolderHandle()
    {
        // [MS-OXCFOLD] 2.2.1.1.1: the input object is a Logon object or a Folder object.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        RopOpenFolderResponse inbox = await client.OpenFolderAsync(client.Folders.Inbox, 1);
        await client.OpenFolderAsync(client.Folders.SentItems, 2, input: 1);
        Assert.Multiple(() =>
        {
            Assert.That(inbox.IsGhosted, Is.False);
            Assert.That(inbox.HasRules, Is.False);
            Assert.That(client.Handles[1], Is.Not.EqualTo(client.Handles[2]));
        });
    }

    [Test]
    public async Task OpenFolderOfAnUnknownFolderIdFailsWithNotFound()
    {
        // [MS-OXCFOLD] 3.2.5.1: ecNotFound when no folder has the FID.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        uint result = await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = new ObjectId(1, 0xABCDEF) });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotFound));
    }

    [Test]
    public async Task OpenFolderOnAMessageHandleFailsWithNotSupported()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        uint result = await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = 1, OutputHandleIndex = 2, FolderId = client.Folders.Inbox });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task OpenFolderIgnoresUndefinedModeBits()
    {
        // [MS-OXCFOLD] 2.2.1.1.1: bits other than OpenSoftDeleted are ignored by the server.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1, flags: (OpenFolderModeFlags)0x81);
    }

    [Test]
    public async Task OpenFolderReportsTheReplicasOfAGhostedPublicFolder()
    {
        // [MS-OXCFOLD] 2.2.1.1.2: IsGhosted and the servers that hold a replica (not a subtree: [MS-OXCSTOR] 3.2.5.7).
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness, publicFolders: true);
        lock (harness.Server.Sync)
        {
            harness.Server.PublicFolders.Folders[client.PublicFolders!.EFormsRegistry].GhostReplicaServers = ["/o=Other/cn=server1", "/o=Other/cn=server2"];
        }

        RopOpenFolderResponse opened = await client.OpenFolderAsync(client.PublicFolders!.EFormsRegistry, 1);
        Assert.Multiple(() =>
        {
            Assert.That(opened.IsGhosted, Is.True);
            Assert.That(opened.GhostInfo!.Servers.ToArray(), Is.EqualTo(new[] { "/o=Other/cn=server1", "/o=Other/cn=server2" }));
        });
    }

    [Test]
    public async Task CreateFolderCreatesASubfolderThatOpensByItsFolderId()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        RopCreateFolderResponse created = await client.ExpectAsync<RopCreateFolderResponse>(SupportClient.CreateFolderRequest(1, 2, "Projects"));
        Assert.That(created.IsExistingFolder, Is.False);
        await client.OpenFolderAsync(created.FolderId, 3);

        RopQueryRowsResponse rows = await client.ReadHierarchyAsync(1, 4, HierarchyTableFlags.None, Tags.DisplayName, Tags.FolderId, Tags.FolderType);
        Assert.That(rows.RowData.Select(r => Tags.Value<string>(r, 0)), Is.EqualTo(new[] { "Projects" }));
        Assert.That(Tags.Value<int>(rows.RowData[0], 2), Is.EqualTo(1), "FOLDER_GENERIC, [MS-OXCFOLD] 2.2.2.2.1.2");
    }

    [Test]
    public async Task CreateFolderOfATakenNameFailsWithDuplicateName()
    {
        // [MS-OXCFOLD] 3.2.5.2: ecDuplicateName (0x80040604) when OpenExisting is not set.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        await client.CreateFolderAsync(1, 2, "Projects");
        uint result = await client.ReturnValueAsync(SupportClient.CreateFolderRequest(1, 3, "projects"));
        Assert.That(result, Is.EqualTo(ErrorCodes.CollidingNames));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task CreateFolderWithOpenExistingOpensTheFolderOfThatName(bool reportInPrivateMailbox)
    {
        // [MS-OXCFOLD] 2.2.1.2.2: IsExistingFolder applies to public folders and is zero in a private mailbox
        // (StoreOptions.ReportExistingFolderInPrivateMailbox switches that).
        await using var harness = new StoreHarness(new StoreOptions { ReportExistingFolderInPrivateMailbox = reportInPrivateMailbox });
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId first = await client.CreateFolderAsync(1, 2, "Projects");
        RopCreateFolderResponse again = await client.ExpectAsync<RopCreateFolderResponse>(SupportClient.CreateFolderRequest(1, 3, "Projects", openExisting: true));
        Assert.Multiple(() =>
        {
            Assert.That(again.FolderId, Is.EqualTo(first));
            Assert.That(again.IsExistingFolder, Is.EqualTo(reportInPrivateMailbox));
            Assert.That(again.HasRules, Is.EqualTo(reportInPrivateMailbox ? false : null));
        });
    }

    [Test]
    public async Task CreateFolderWithOpenExistingInPublicFoldersReportsTheExistingFolder()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness, publicFolders: true);
        await client.OpenFolderAsync(client.PublicFolders!.InterpersonalMessagesSubtree, 1);
        ObjectId first = await client.CreateFolderAsync(1, 2, "Shared");
        RopCreateFolderResponse again = await client.ExpectAsync<RopCreateFolderResponse>(SupportClient.CreateFolderRequest(1, 3, "Shared", openExisting: true));
        Assert.Multiple(() =>
        {
            Assert.That(again.FolderId, Is.EqualTo(first));
            Assert.That(again.IsExistingFolder, Is.True);
            Assert.That(again.HasRules, Is.False);
            Assert.That(again.IsGhosted, Is.False);
        });
    }

    [Test]
    public async Task CreateFolderOfASearchFolderRecordsItsType()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Search, 1);
        await client.CreateFolderAsync(1, 2, "Unread mail", FolderType.Search);
        RopQueryRowsResponse rows = await client.ReadHierarchyAsync(1, 3, HierarchyTableFlags.None, Tags.FolderType);
        Assert.That(Tags.Value<int>(rows.RowData.Single(), 0), Is.EqualTo(2), "FOLDER_SEARCH");
    }

    [TestCase((byte)0x00)]
    [TestCase((byte)0x03)]
    public async Task CreateFolderOfAnUndefinedTypeFailsWithInvalidParameter(byte folderType)
    {
        // [MS-OXCFOLD] 2.2.1.2.1: FOLDER_GENERIC (1) and FOLDER_SEARCH (2) are the valid types.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        uint result = await client.ReturnValueAsync(SupportClient.CreateFolderRequest(1, 2, "Odd", (FolderType)folderType));
        Assert.That(result, Is.EqualTo(ErrorCodes.InvalidParameter));
    }

    [Test]
    public async Task CreateFolderOnTheLogonFailsWithNotSupported()
    {
        // [MS-OXCFOLD] 2.2.1.2.1: the input object is the parent Folder object.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        uint result = await client.ReturnValueAsync(SupportClient.CreateFolderRequest(0, 1, "Top"));
        Assert.That(result, Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task DeleteFolderRemovesAnEmptySubfolder()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId folder = await client.CreateFolderAsync(1, 2, "Old");
        RopDeleteFolderResponse deleted = await client.ExpectAsync<RopDeleteFolderResponse>(new RopDeleteFolderRequest { InputHandleIndex = 1, FolderId = folder });
        Assert.That(deleted.PartialCompletion, Is.False);
        uint reopen = await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 3, FolderId = folder, OpenModeFlags = OpenFolderModeFlags.OpenSoftDeleted });
        Assert.That(reopen, Is.EqualTo(ErrorCodes.NotFound), "private mailboxes delete folders hard by default");
    }

    [Test]
    public async Task DeleteFolderOfAFolderThatIsNotASubfolderFailsWithNotFound()
    {
        // [MS-OXCFOLD] 2.2.1.3.1: the input object is the parent of the folder to delete.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        uint result = await client.ReturnValueAsync(new RopDeleteFolderRequest { InputHandleIndex = 1, FolderId = client.Folders.SentItems });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotFound));
    }

    [TestCase(false, DeleteFolderFlags.None)]
    [TestCase(true, DeleteFolderFlags.None)]
    [TestCase(false, DeleteFolderFlags.DeleteFolders)]
    public async Task DeleteFolderKeepsAFolderWithMessagesWithoutDeleteMessages(bool failWhenNotEmpty, DeleteFolderFlags flags)
    {
        // [MS-OXCFOLD] 2.2.1.3.1 / 3.2.5.3: without DEL_MESSAGES a folder with messages stays; the answer is
        // PartialCompletion, or ecFolderHasContents with StoreOptions.DeleteFolderFailsWhenNotEmpty.
        await using var harness = new StoreHarness(new StoreOptions { DeleteFolderFailsWhenNotEmpty = failWhenNotEmpty });
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId folder = await client.CreateFolderAsync(1, 2, "Full");
        await client.CreateSavedMessageAsync(folder, 3);
        var response = (RopDeleteFolderResponse)await client.RunAsync(new RopDeleteFolderRequest { InputHandleIndex = 1, DeleteFolderFlags = flags, FolderId = folder });
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(failWhenNotEmpty ? ErrorCodes.HasMessages : ErrorCodes.Success));
            Assert.That(response.PartialCompletion, Is.EqualTo(!failWhenNotEmpty));
        });
        await client.OpenFolderAsync(folder, 4);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task DeleteFolderKeepsAFolderWithSubfoldersWithoutDeleteFolders(bool failWhenNotEmpty)
    {
        await using var harness = new StoreHarness(new StoreOptions { DeleteFolderFailsWhenNotEmpty = failWhenNotEmpty });
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId folder = await client.CreateFolderAsync(1, 2, "Parent");
        await client.CreateFolderAsync(2, 3, "Child");
        var response = (RopDeleteFolderResponse)await client.RunAsync(new RopDeleteFolderRequest { InputHandleIndex = 1, DeleteFolderFlags = DeleteFolderFlags.DeleteMessages, FolderId = folder });
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.EqualTo(failWhenNotEmpty ? ErrorCodes.HasFolders : ErrorCodes.Success));
            Assert.That(response.PartialCompletion, Is.EqualTo(!failWhenNotEmpty));
        });
    }

    [Test]
    public async Task DeleteFolderWithBothFlagsRemovesTheTree()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId folder = await client.CreateFolderAsync(1, 2, "Parent");
        ObjectId child = await client.CreateFolderAsync(2, 3, "Child");
        ObjectId message = await client.CreateSavedMessageAsync(child, 4);
        RopDeleteFolderResponse response = await client.ExpectAsync<RopDeleteFolderResponse>(new RopDeleteFolderRequest
        {
            InputHandleIndex = 1, DeleteFolderFlags = DeleteFolderFlags.DeleteMessages | DeleteFolderFlags.DeleteFolders | DeleteFolderFlags.DeleteHardDelete, FolderId = folder,
        });
        Assert.That(response.PartialCompletion, Is.False);
        Assert.That(await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 5, FolderId = child }), Is.EqualTo(ErrorCodes.NotFound));
        Assert.That(await client.ReturnValueAsync(SupportClient.OpenMessageRequest(child, message, 5)), Is.EqualTo(ErrorCodes.NotFound));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ASoftDeletedFolderOpensOnlyWithOpenSoftDeleted(bool hardDelete)
    {
        // [MS-OXCFOLD] 2.2.1.3.1 DELETE_HARD_DELETE and 2.2.1.1.1 OpenSoftDeleted; soft deletion in a private
        // mailbox is StoreOptions.SoftDeleteFoldersInPrivateMailbox.
        await using var harness = new StoreHarness(new StoreOptions { SoftDeleteFoldersInPrivateMailbox = true });
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId folder = await client.CreateFolderAsync(1, 2, "Gone");
        await client.ExpectAsync<RopDeleteFolderResponse>(new RopDeleteFolderRequest
        {
            InputHandleIndex = 1, DeleteFolderFlags = hardDelete ? DeleteFolderFlags.DeleteHardDelete : DeleteFolderFlags.None, FolderId = folder,
        });
        Assert.That(await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 3, FolderId = folder }), Is.EqualTo(ErrorCodes.NotFound));
        uint soft = await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 3, FolderId = folder, OpenModeFlags = OpenFolderModeFlags.OpenSoftDeleted });
        Assert.That(soft, Is.EqualTo(hardDelete ? ErrorCodes.NotFound : ErrorCodes.Success));

        // [MS-OXCFOLD] 2.2.1.13.1 SoftDeletes: the hierarchy table lists the soft-deleted folders.
        RopQueryRowsResponse rows = await client.ReadHierarchyAsync(1, 4, HierarchyTableFlags.SoftDeletes, Tags.DisplayName);
        Assert.That(rows.RowData.Count, Is.EqualTo(hardDelete ? 0 : 1));
    }

    [Test]
    public async Task DeleteMessagesDeletesTheListedMessagesAndReportsUnknownOnesAsPartialCompletion()
    {
        // [MS-OXCFOLD] 3.2.5.11 and 2.2.1.11.2 PartialCompletion.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        ObjectId first = await client.CreateSavedMessageAsync(client.Folders.Inbox, 2);
        ObjectId second = await client.CreateSavedMessageAsync(client.Folders.Inbox, 3);
        RopDeleteMessagesResponse all = await client.ExpectAsync<RopDeleteMessagesResponse>(new RopDeleteMessagesRequest { InputHandleIndex = 1, NotifyNonRead = true, MessageIds = new[] { first } });
        Assert.That(all.PartialCompletion, Is.False);
        RopDeleteMessagesResponse partial = await client.ExpectAsync<RopDeleteMessagesResponse>(new RopDeleteMessagesRequest { InputHandleIndex = 1, MessageIds = new[] { second, new ObjectId(1, 0xFFFFFF) } });
        Assert.That(partial.PartialCompletion, Is.True);

        Assert.That(await client.ReturnValueAsync(SupportClient.OpenMessageRequest(client.Folders.Inbox, first, 4)), Is.EqualTo(ErrorCodes.NotFound));
        await client.OpenMessageAsync(client.Folders.Inbox, first, 4, OpenMessageModeFlags.OpenSoftDeleted);
        RopQueryRowsResponse softDeleted = await client.ReadContentsAsync(1, 5, ContentsTableFlags.SoftDeletes, Tags.Mid);
        Assert.That(softDeleted.RowData.Count, Is.EqualTo(2));
        RopQueryRowsResponse live = await client.ReadContentsAsync(1, 6, ContentsTableFlags.None, Tags.Mid);
        Assert.That(live.RowData, Is.Empty);
    }

    [Test]
    public async Task DeleteMessagesOnAMessageHandleFailsWithNotSupported()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Inbox, 1);
        uint result = await client.ReturnValueAsync(new RopDeleteMessagesRequest { InputHandleIndex = 1, MessageIds = new[] { new ObjectId(1, 5) } });
        Assert.That(result, Is.EqualTo(ErrorCodes.NotSupported));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task EmptyFolderDeletesMessagesAndSubfoldersAndFaiOnlyWhenAsked(bool wantDeleteAssociated)
    {
        // [MS-OXCFOLD] 3.2.5.9: normal messages and subfolders always; FAI messages with WantDeleteAssociated.
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Inbox, 1);
        await client.CreateFolderAsync(1, 2, "Sub");
        await client.CreateSavedMessageAsync(client.Folders.Inbox, 3);
        await client.CreateSavedMessageAsync(client.Folders.Inbox, 4, associated: true);
        RopEmptyFolderResponse emptied = await client.ExpectAsync<RopEmptyFolderResponse>(new RopEmptyFolderRequest { InputHandleIndex = 1, WantDeleteAssociated = wantDeleteAssociated });
        Assert.That(emptied.PartialCompletion, Is.False);

        Assert.That((await client.ReadContentsAsync(1, 5, ContentsTableFlags.None, Tags.Mid)).RowData, Is.Empty);
        Assert.That((await client.ReadContentsAsync(1, 6, ContentsTableFlags.Associated, Tags.Mid)).RowData.Count, Is.EqualTo(wantDeleteAssociated ? 0 : 1));
        Assert.That((await client.ReadHierarchyAsync(1, 7, HierarchyTableFlags.None, Tags.DisplayName)).RowData, Is.Empty);
        await client.OpenFolderAsync(client.Folders.Inbox, 8);
    }
}
