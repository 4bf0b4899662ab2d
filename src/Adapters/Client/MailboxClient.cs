namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// A MAPI client over a <see cref="RopSession"/>, as MailKit's client sits on its engine: it keeps the
/// Server object handle table across calls the way a client does ([MS-OXCROPS] 3.1.4.2), remembers the
/// logon, and offers the request sequences the suites repeat. Callers choose the handle indexes, so a
/// test reads like the ROP buffers it sends. A ROP that must succeed and does not throws
/// <see cref="RopFailedException"/> with the exchange; nothing here judges conformance.
/// </summary>
public sealed partial class MailboxClient : IAsyncDisposable
{
    /// <summary>Entries in the handle table this client sends.</summary>
    public const int HandleTableSize = 32;

    /// <summary>The handle index the logon is kept at.</summary>
    public const byte LogonIndex = 0;

    /// <summary>The code page a client passes to mean "the logon's code page" ([MS-OXCMSG] 2.2.3.2).</summary>
    public const ushort LogonCodePage = 0x0FFF;

    public MailboxClient(RopSession session)
    {
        Session = session;
        Handles = [.. Enumerable.Repeat(RopSession.UnusedHandle, HandleTableSize)];
    }

    public RopSession Session { get; }

    public TargetUser User => Session.User;

    /// <summary>The Server object handle table as the server last returned it.</summary>
    public uint[] Handles { get; private set; }

    /// <summary>The last round trip, for checkpoints and failure reports.</summary>
    public RopExchange? LastExchange { get; private set; }

    /// <summary>The special folders of the private logon at <see cref="LogonIndex"/>; null before one.</summary>
    public PrivateMailboxFolderIds? Mailbox { get; private set; }

    /// <summary>The folders of the public folders logon at <see cref="LogonIndex"/>; null before one.</summary>
    public PublicFoldersFolderIds? PublicFolders { get; private set; }

    /// <summary>The private logon's folders; throws before a private logon.</summary>
    public PrivateMailboxFolderIds Folders => Mailbox ?? throw new InvalidOperationException("this client has no private mailbox logon");

    /// <summary>Sends <paramref name="requests"/> in one ROP buffer and keeps the returned handle table.</summary>
    /// <exception cref="CallFailedException">The call itself failed.</exception>
    public async Task<RopExchange> ExecuteAsync(IReadOnlyList<RopRequest> requests, int maximumOutputSize = RopSession.DefaultMaximumOutputSize, CancellationToken cancellationToken = default)
    {
        RopExchange exchange = await Session.ExecuteAsync(requests, Handles, maximumOutputSize, cancellationToken).ConfigureAwait(false);
        LastExchange = exchange;
        if (!exchange.Result.Succeeded)
        {
            throw new CallFailedException(exchange.Result.ReturnCode, exchange);
        }

        Handles = [.. exchange.HandleTable];
        return exchange;
    }

    /// <summary>Sends several requests in one buffer; returns their responses in order.</summary>
    public async Task<IReadOnlyList<RopResponse>> RunAllAsync(params RopRequest[] requests) => (await ExecuteAsync(requests).ConfigureAwait(false)).Responses;

    /// <summary>Sends one request and returns its response (a request without response, such as RopRelease, is an error here).</summary>
    public async Task<RopResponse> RunAsync(RopRequest request)
    {
        RopExchange exchange = await ExecuteAsync([request]).ConfigureAwait(false);
        return exchange.Responses.Count == 1
            ? exchange.Responses[0]
            : throw new RopFailedException(request.RopId, $"expected one response, got {exchange.Responses.Count}", exchange);
    }

    /// <summary>Sends one request that must succeed with a <typeparamref name="T"/>.</summary>
    public async Task<T> ExpectAsync<T>(RopRequest request)
        where T : RopResponse => Success<T>(await RunAsync(request).ConfigureAwait(false));

    /// <summary>The ReturnValue of one request, whatever the layout of its response.</summary>
    public async Task<uint> ReturnValueAsync(RopRequest request) => await RunAsync(request).ConfigureAwait(false) switch
    {
        IRopResult result => result.ReturnValue,
        RopResponse other => throw new RopFailedException(request.RopId, $"{other.RopId} response has no ReturnValue", LastExchange!),
    };

    /// <summary><paramref name="response"/> as a successful <typeparamref name="T"/>, or a <see cref="RopFailedException"/>.</summary>
    public T Success<T>(RopResponse response)
        where T : RopResponse => response switch
        {
            IRopResult { ReturnValue: not 0 } failed => throw new RopFailedException(response.RopId, failed.ReturnValue, LastExchange!),
            T expected => expected,
            _ => throw new RopFailedException(response.RopId, $"expected a {typeof(T).Name}, got a {response.GetType().Name}", LastExchange!),
        };

    /// <summary>The RopLogon a client sends for its own mailbox ([MS-OXCSTOR] 2.2.1.1.1).</summary>
    public RopLogonRequest PrivateLogonRequest(byte outputIndex = LogonIndex) => new()
    {
        LogonId = LogonIndex,
        OutputHandleIndex = outputIndex,
        LogonFlags = LogonFlags.Private,
        OpenFlags = OpenFlags.UsePerMdbReplidMapping,
        Essdn = User.Essdn,
    };

    /// <summary>The RopLogon a client sends for the public folders: PUBLIC set and no Essdn ([MS-OXCSTOR] 2.2.1.1.1).</summary>
    public static RopLogonRequest PublicLogonRequest(byte outputIndex = LogonIndex) => new()
    {
        LogonId = LogonIndex,
        OutputHandleIndex = outputIndex,
        LogonFlags = LogonFlags.None,
        OpenFlags = OpenFlags.Public | OpenFlags.UsePerMdbReplidMapping,
        Essdn = null,
    };

    /// <summary>Logs on to the user's own mailbox at <see cref="LogonIndex"/>.</summary>
    public async Task<RopLogonPrivateMailboxResponse> LogonPrivateAsync()
    {
        RopLogonPrivateMailboxResponse logon = await ExpectAsync<RopLogonPrivateMailboxResponse>(PrivateLogonRequest()).ConfigureAwait(false);
        Mailbox = logon.FolderIds;
        PublicFolders = null;
        return logon;
    }

    /// <summary>Logs on to the public folders at <see cref="LogonIndex"/>.</summary>
    public async Task<RopLogonPublicFoldersResponse> LogonPublicAsync()
    {
        RopLogonPublicFoldersResponse logon = await ExpectAsync<RopLogonPublicFoldersResponse>(PublicLogonRequest()).ConfigureAwait(false);
        PublicFolders = logon.FolderIds;
        Mailbox = null;
        return logon;
    }

    public Task<RopOpenFolderResponse> OpenFolderAsync(ObjectId folderId, byte output, byte input = LogonIndex, OpenFolderModeFlags flags = OpenFolderModeFlags.None) =>
        ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest { InputHandleIndex = input, OutputHandleIndex = output, FolderId = folderId, OpenModeFlags = flags });

    /// <summary>Creates a generic folder with a Unicode display name under the folder open at <paramref name="parent"/>.</summary>
    public Task<RopCreateFolderResponse> CreateFolderAsync(byte parent, byte output, string displayName, FolderType type = FolderType.Generic, bool openExisting = false) =>
        ExpectAsync<RopCreateFolderResponse>(new RopCreateFolderRequest
        {
            InputHandleIndex = parent,
            OutputHandleIndex = output,
            FolderType = type,
            UseUnicodeStrings = true,
            OpenExisting = openExisting,
            DisplayName = displayName,
            Comment = string.Empty,
        });

    /// <summary>Deletes the folder <paramref name="folderId"/> under the folder open at <paramref name="parent"/>, with its contents by default.</summary>
    public Task<RopDeleteFolderResponse> DeleteFolderAsync(byte parent, ObjectId folderId, DeleteFolderFlags flags = DeleteFolderFlags.DeleteMessages | DeleteFolderFlags.DeleteFolders | DeleteFolderFlags.DeleteHardDelete) =>
        ExpectAsync<RopDeleteFolderResponse>(new RopDeleteFolderRequest { InputHandleIndex = parent, DeleteFolderFlags = flags, FolderId = folderId });

    public Task<RopCreateMessageResponse> CreateMessageAsync(ObjectId folderId, byte output, bool associated = false, ushort codePageId = LogonCodePage) =>
        ExpectAsync<RopCreateMessageResponse>(new RopCreateMessageRequest
        {
            InputHandleIndex = LogonIndex, OutputHandleIndex = output, CodePageId = codePageId, FolderId = folderId, AssociatedFlag = associated,
        });

    public Task<RopOpenMessageResponse> OpenMessageAsync(ObjectId folderId, ObjectId messageId, byte output, OpenMessageModeFlags mode = OpenMessageModeFlags.ReadWrite) =>
        ExpectAsync<RopOpenMessageResponse>(new RopOpenMessageRequest
        {
            InputHandleIndex = LogonIndex, OutputHandleIndex = output, CodePageId = LogonCodePage, FolderId = folderId, OpenModeFlags = mode, MessageId = messageId,
        });

    /// <summary>RopSaveChangesMessage on the message at <paramref name="message"/>; returns its Message ID.</summary>
    public async Task<ObjectId> SaveMessageAsync(byte message, SaveFlags flags = SaveFlags.KeepOpenReadWrite) =>
        (await ExpectAsync<RopSaveChangesMessageResponse>(new RopSaveChangesMessageRequest { ResponseHandleIndex = message, InputHandleIndex = message, SaveFlags = flags }).ConfigureAwait(false)).MessageId;

    /// <summary>Creates a message in <paramref name="folderId"/>, sets <paramref name="values"/>, saves it and keeps it open at <paramref name="output"/>.</summary>
    public async Task<ObjectId> CreateSavedMessageAsync(ObjectId folderId, byte output, params TaggedPropertyValue[] values)
    {
        await CreateMessageAsync(folderId, output).ConfigureAwait(false);
        if (values.Length > 0)
        {
            await SetPropertiesAsync(output, values).ConfigureAwait(false);
        }

        return await SaveMessageAsync(output).ConfigureAwait(false);
    }

    /// <summary>RopRelease of the object at <paramref name="index"/> (it has no response, [MS-OXCROPS] 2.2.15.3).</summary>
    public Task ReleaseAsync(byte index) => ExecuteAsync([new RopReleaseRequest { InputHandleIndex = index }]);

    public async Task<ValueArray<PropertyProblem>> SetPropertiesAsync(byte index, params TaggedPropertyValue[] values) =>
        (await ExpectAsync<RopSetPropertiesResponse>(new RopSetPropertiesRequest { InputHandleIndex = index, PropertyValues = values }).ConfigureAwait(false)).PropertyProblems;

    public async Task<ValueArray<PropertyProblem>> DeletePropertiesAsync(byte index, params PropertyTag[] tags) =>
        (await ExpectAsync<RopDeletePropertiesResponse>(new RopDeletePropertiesRequest { InputHandleIndex = index, PropertyTags = tags }).ConfigureAwait(false)).PropertyProblems;

    public async Task<PropertyRow> GetPropertiesAsync(byte index, params PropertyTag[] tags) =>
        (await ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest { InputHandleIndex = index, WantUnicode = true, PropertyTags = tags }).ConfigureAwait(false)).RowData;

    /// <summary>One property's value, or null when the server flags it with an error.</summary>
    public async Task<PropertyValue?> GetPropertyAsync(byte index, PropertyTag tag)
    {
        FlaggedPropertyValue cell = (await GetPropertiesAsync(index, tag).ConfigureAwait(false)).ValueArray[0];
        return cell.Flag == FlaggedPropertyValueFlag.Available ? cell.Value : null;
    }

    public async Task<ValueArray<TaggedPropertyValue>> GetPropertiesAllAsync(byte index, bool wantUnicode = true) =>
        (await ExpectAsync<RopGetPropertiesAllResponse>(new RopGetPropertiesAllRequest { InputHandleIndex = index, WantUnicode = wantUnicode }).ConfigureAwait(false)).PropertyValues;

    public async Task<ValueArray<PropertyTag>> GetPropertiesListAsync(byte index) =>
        (await ExpectAsync<RopGetPropertiesListResponse>(new RopGetPropertiesListRequest { InputHandleIndex = index }).ConfigureAwait(false)).PropertyTags;

    public Task<RopOpenStreamResponse> OpenStreamAsync(byte input, byte output, PropertyTag tag, OpenStreamModeFlags mode) =>
        ExpectAsync<RopOpenStreamResponse>(new RopOpenStreamRequest { InputHandleIndex = input, OutputHandleIndex = output, PropertyTag = tag, OpenModeFlags = mode });

    /// <summary>Opens the contents table of the folder at <paramref name="folder"/>, sets <paramref name="columns"/> and reads every row.</summary>
    public async Task<RopQueryRowsResponse> ReadContentsTableAsync(byte folder, byte table, ContentsTableFlags flags, params PropertyTag[] columns)
    {
        await ExpectAsync<RopGetContentsTableResponse>(new RopGetContentsTableRequest { InputHandleIndex = folder, OutputHandleIndex = table, TableFlags = flags }).ConfigureAwait(false);
        return await SetColumnsAndReadAsync(table, columns).ConfigureAwait(false);
    }

    /// <summary>Opens the hierarchy table of the folder at <paramref name="folder"/>, sets <paramref name="columns"/> and reads every row.</summary>
    public async Task<RopQueryRowsResponse> ReadHierarchyTableAsync(byte folder, byte table, HierarchyTableFlags flags, params PropertyTag[] columns)
    {
        await ExpectAsync<RopGetHierarchyTableResponse>(new RopGetHierarchyTableRequest { InputHandleIndex = folder, OutputHandleIndex = table, TableFlags = flags }).ConfigureAwait(false);
        return await SetColumnsAndReadAsync(table, columns).ConfigureAwait(false);
    }

    /// <summary>RopSetColumns then RopQueryRows of up to 0x7FFF rows forward from the current position.</summary>
    public async Task<RopQueryRowsResponse> SetColumnsAndReadAsync(byte table, params PropertyTag[] columns)
    {
        await ExpectAsync<RopSetColumnsResponse>(new RopSetColumnsRequest { InputHandleIndex = table, PropertyTags = columns }).ConfigureAwait(false);
        return await ExpectAsync<RopQueryRowsResponse>(new RopQueryRowsRequest { InputHandleIndex = table, QueryRowsFlags = QueryRowsFlags.Advance, ForwardRead = true, RowCount = 0x7FFF }).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
