namespace Conformance.Store.Tests.Support;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// A client of the store for the Support tests: one session, its handle table (kept across calls as a
/// client keeps it), and the few request sequences the tests repeat. Everything goes through ROP bytes.
/// </summary>
internal sealed class SupportClient : SessionClient
{
    private SupportClient(RopSession session, uint[] handles)
        : base(session, handles)
    {
    }

    /// <summary>The special folders of a private logon; null for a public one.</summary>
    public PrivateMailboxFolderIds? Mailbox { get; private set; }

    public PublicFoldersFolderIds? PublicFolders { get; private set; }

    public PrivateMailboxFolderIds Folders => Mailbox ?? throw new InvalidOperationException("not a private logon");

    /// <summary>Logs on (to the user's own mailbox, or the public folders) with the logon at handle index 0.</summary>
    public static async Task<SupportClient> ConnectAsync(StoreHarness harness, TargetUser? user = null, bool publicFolders = false)
    {
        RopSession session = await harness.ConnectAsync(user);
        var client = new SupportClient(session, EmptyHandleTable(16));
        RopResponse logon = await client.RunAsync(LogonRequest(session, publicFolders));
        if (publicFolders)
        {
            client.PublicFolders = StoreHarness.Expect<RopLogonPublicFoldersResponse>(logon).FolderIds;
        }
        else
        {
            client.Mailbox = StoreHarness.Expect<RopLogonPrivateMailboxResponse>(logon).FolderIds;
        }

        return client;
    }

    /// <summary>Runs the requests and keeps the returned handle table; returns every response.</summary>
    public Task<IReadOnlyList<RopResponse>> RunAllAsync(IReadOnlyList<RopRequest> requests, int maximumOutputSize = RopSession.DefaultMaximumOutputSize) => ExecuteAsync(requests, maximumOutputSize);

    public Task<RopOpenFolderResponse> OpenFolderAsync(ObjectId folderId, byte output, byte input = 0, OpenFolderModeFlags flags = OpenFolderModeFlags.None) =>
        ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest { InputHandleIndex = input, OutputHandleIndex = output, FolderId = folderId, OpenModeFlags = flags });

    public async Task<ObjectId> CreateFolderAsync(byte parent, byte output, string name, FolderType type = FolderType.Generic) =>
        (await ExpectAsync<RopCreateFolderResponse>(CreateFolderRequest(parent, output, name, type))).FolderId;

    public static RopCreateFolderRequest CreateFolderRequest(byte parent, byte output, string name, FolderType type = FolderType.Generic, bool openExisting = false) => new()
    {
        InputHandleIndex = parent,
        OutputHandleIndex = output,
        FolderType = type,
        UseUnicodeStrings = true,
        OpenExisting = openExisting,
        DisplayName = name,
        Comment = string.Empty,
    };

    public Task<RopCreateMessageResponse> CreateMessageAsync(ObjectId folderId, byte output, bool associated = false) =>
        ExpectAsync<RopCreateMessageResponse>(new RopCreateMessageRequest
        {
            InputHandleIndex = 0, OutputHandleIndex = output, CodePageId = 0x0FFF, FolderId = folderId, AssociatedFlag = associated,
        });

    public async Task<ObjectId> SaveMessageAsync(byte message, SaveFlags flags = SaveFlags.KeepOpenReadWrite) =>
        (await ExpectAsync<RopSaveChangesMessageResponse>(new RopSaveChangesMessageRequest { ResponseHandleIndex = message, InputHandleIndex = message, SaveFlags = flags })).MessageId;

    /// <summary>Creates and saves a message in <paramref name="folderId"/>, keeping it open at <paramref name="output"/>.</summary>
    public async Task<ObjectId> CreateSavedMessageAsync(ObjectId folderId, byte output, bool associated = false)
    {
        await CreateMessageAsync(folderId, output, associated);
        return await SaveMessageAsync(output);
    }

    public Task<RopOpenMessageResponse> OpenMessageAsync(ObjectId folderId, ObjectId messageId, byte output, OpenMessageModeFlags mode = OpenMessageModeFlags.ReadWrite) =>
        ExpectAsync<RopOpenMessageResponse>(OpenMessageRequest(folderId, messageId, output, mode));

    public static RopOpenMessageRequest OpenMessageRequest(ObjectId folderId, ObjectId messageId, byte output, OpenMessageModeFlags mode = OpenMessageModeFlags.ReadWrite) => new()
    {
        InputHandleIndex = 0, OutputHandleIndex = output, CodePageId = 0x0FFF, FolderId = folderId, OpenModeFlags = mode, MessageId = messageId,
    };

    /// <summary>Opens the contents (or hierarchy) table of the folder at <paramref name="folder"/>, sets columns and reads every row.</summary>
    public async Task<RopQueryRowsResponse> ReadContentsAsync(byte folder, byte table, ContentsTableFlags flags, params PropertyTag[] columns)
    {
        await ExpectAsync<RopGetContentsTableResponse>(new RopGetContentsTableRequest { InputHandleIndex = folder, OutputHandleIndex = table, TableFlags = flags });
        return await SetColumnsAndReadAsync(table, columns);
    }

    public async Task<RopQueryRowsResponse> ReadHierarchyAsync(byte folder, byte table, HierarchyTableFlags flags, params PropertyTag[] columns)
    {
        await ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = folder, OutputHandleIndex = table, TableFlags = flags });
        return await SetColumnsAndReadAsync(table, columns);
    }

    public async Task<RopQueryRowsResponse> SetColumnsAndReadAsync(byte table, PropertyTag[] columns)
    {
        await ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = table, PropertyTags = columns });
        return await QueryRowsAsync(table, 1000);
    }

    public Task<RopQueryRowsResponse> QueryRowsAsync(byte table, ushort count, bool forward = true, QueryRowsFlags flags = QueryRowsFlags.Advance) =>
        ExpectAsync<RopQueryRowsResponse>(new RopQueryRowsRequest { InputHandleIndex = table, QueryRowsFlags = flags, ForwardRead = forward, RowCount = count });
}
