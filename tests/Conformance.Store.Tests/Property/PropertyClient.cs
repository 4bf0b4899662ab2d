namespace Conformance.Store.Tests.Property;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// One client session of the property tests: a logon at handle index 0 and helpers that send single
/// ROPs through bytes and keep the handle table between calls.
/// </summary>
internal sealed class PropertyClient : SessionClient
{
    public const byte LogonIndex = 0;

    private PropertyClient(RopSession session, uint[] handles, RopLogonPrivateMailboxResponse logon)
        : base(session, handles)
    {
        Logon = logon;
    }

    public RopLogonPrivateMailboxResponse Logon { get; }

    public ObjectId Inbox => Logon.FolderIds.Inbox;

    public static async Task<PropertyClient> ConnectAsync(StoreHarness harness, TargetUser? user = null)
    {
        RopSession session = await harness.ConnectAsync(user);
        (uint[] handles, RopLogonPrivateMailboxResponse logon) = await StoreHarness.LogonAsync(session, tableSize: 12);
        return new PropertyClient(session, handles, logon);
    }

    /// <summary>Logs on to the public folders at <paramref name="outputIndex"/>; returns the logon response.</summary>
    public async Task<RopLogonPublicFoldersResponse> LogonPublicFoldersAsync(byte outputIndex) =>
        await ExpectAsync<RopLogonPublicFoldersResponse>(new RopLogonRequest
        {
            LogonId = 1,
            OutputHandleIndex = outputIndex,
            LogonFlags = LogonFlags.None,
            OpenFlags = OpenFlags.Public,
        });

    public Task<IReadOnlyList<RopResponse>> RunAllAsync(params RopRequest[] requests) => ExecuteAsync(requests);

    public Task OpenFolderAsync(ObjectId folderId, byte outputIndex) =>
        ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest { InputHandleIndex = LogonIndex, OutputHandleIndex = outputIndex, FolderId = folderId });

    public async Task<ObjectId> CreateFolderAsync(byte parentIndex, string name, byte outputIndex) =>
        (await ExpectAsync<RopCreateFolderResponse>(new RopCreateFolderRequest
        {
            InputHandleIndex = parentIndex,
            OutputHandleIndex = outputIndex,
            FolderType = FolderType.Generic,
            UseUnicodeStrings = true,
            DisplayName = name,
        })).FolderId;

    public Task CreateMessageAsync(byte outputIndex, ObjectId? folderId = null) => CreateMessageAsync(outputIndex, 0x0FFF, folderId);

    /// <summary>RopCreateMessage with an explicit CodePageId (0x0FFF: the logon's code page).</summary>
    public Task CreateMessageAsync(byte outputIndex, ushort codePageId, ObjectId? folderId = null) =>
        ExpectAsync<RopCreateMessageResponse>(new RopCreateMessageRequest
        {
            InputHandleIndex = LogonIndex, OutputHandleIndex = outputIndex, CodePageId = codePageId, FolderId = folderId ?? Inbox,
        });

    public async Task<ObjectId> SaveAsync(byte messageIndex) =>
        (await ExpectAsync<RopSaveChangesMessageResponse>(new RopSaveChangesMessageRequest
        {
            ResponseHandleIndex = messageIndex, InputHandleIndex = messageIndex, SaveFlags = SaveFlags.KeepOpenReadWrite,
        })).MessageId;

    public Task OpenMessageAsync(ObjectId messageId, byte outputIndex, OpenMessageModeFlags mode = OpenMessageModeFlags.ReadWrite, ObjectId? folderId = null) =>
        ExpectAsync<RopOpenMessageResponse>(new RopOpenMessageRequest
        {
            InputHandleIndex = LogonIndex, OutputHandleIndex = outputIndex, CodePageId = 0x0FFF, FolderId = folderId ?? Inbox, MessageId = messageId, OpenModeFlags = mode,
        });

    /// <summary>A new message in the Inbox, saved, with <paramref name="values"/>, open read-write at <paramref name="outputIndex"/>.</summary>
    public async Task<ObjectId> SavedMessageAsync(byte outputIndex, params TaggedPropertyValue[] values)
    {
        await CreateMessageAsync(outputIndex);
        await SetAsync(outputIndex, values);
        return await SaveAsync(outputIndex);
    }

    public async Task<ValueArray<PropertyProblem>> SetAsync(byte handleIndex, params TaggedPropertyValue[] values) =>
        (await ExpectAsync<RopSetPropertiesResponse>(new RopSetPropertiesRequest { InputHandleIndex = handleIndex, PropertyValues = values })).PropertyProblems;

    public async Task<ValueArray<PropertyProblem>> DeleteAsync(byte handleIndex, params PropertyTag[] tags) =>
        (await ExpectAsync<RopDeletePropertiesResponse>(new RopDeletePropertiesRequest { InputHandleIndex = handleIndex, PropertyTags = tags })).PropertyProblems;

    public async Task<PropertyRow> GetAsync(byte handleIndex, params PropertyTag[] tags) =>
        (await ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = handleIndex, WantUnicode = true, PropertyTags = tags,
        })).RowData;

    /// <summary>The value of one property, or null when the server flags it with an error.</summary>
    public async Task<PropertyValue?> GetOneAsync(byte handleIndex, PropertyTag tag)
    {
        FlaggedPropertyValue cell = (await GetAsync(handleIndex, tag)).ValueArray[0];
        return cell.Flag == FlaggedPropertyValueFlag.Available ? cell.Value : null;
    }

    public async Task<ValueArray<TaggedPropertyValue>> GetAllAsync(byte handleIndex, bool wantUnicode = true) =>
        (await ExpectAsync<RopGetPropertiesAllResponse>(new RopGetPropertiesAllRequest { InputHandleIndex = handleIndex, WantUnicode = wantUnicode })).PropertyValues;

    public async Task<ValueArray<PropertyTag>> ListAsync(byte handleIndex) =>
        (await ExpectAsync<RopGetPropertiesListResponse>(new RopGetPropertiesListRequest { InputHandleIndex = handleIndex })).PropertyTags;

    public Task ReleaseAsync(byte handleIndex) => RunAllAsync(new RopReleaseRequest { InputHandleIndex = handleIndex });
}

/// <summary>Property tags and values the property tests use ([MS-OXPROPS]).</summary>
internal static class Tags
{
    public static readonly PropertyTag Subject = new(0x0037, PropertyType.PtypString);
    public static readonly PropertyTag Comment = new(0x3004, PropertyType.PtypString);
    public static readonly PropertyTag DisplayName = new(0x3001, PropertyType.PtypString);
    public static readonly PropertyTag Importance = new(0x0017, PropertyType.PtypInteger32);
    public static readonly PropertyTag Sensitivity = new(0x0036, PropertyType.PtypInteger32);

    /// <summary>A tagged property no ROP sets by itself (RopCreateMessage gives new messages PidTagSensitivity, [MS-OXCMSG] 3.2.5.2).</summary>
    public static readonly PropertyTag NeverSet = new(0x6610, PropertyType.PtypInteger32);
    public static readonly PropertyTag Body = new(0x1000, PropertyType.PtypString);
    public static readonly PropertyTag Keywords = new(0x1001, PropertyType.PtypMultipleString);
    public static readonly PropertyTag BinaryData = new(0x6601, PropertyType.PtypBinary);
    public static readonly PropertyTag Access = new(0x0FF4, PropertyType.PtypInteger32);
    public static readonly PropertyTag AccessLevel = new(0x0FF7, PropertyType.PtypInteger32);
    public static readonly PropertyTag ChangeKey = new(0x65E2, PropertyType.PtypBinary);
    public static readonly PropertyTag CreationTime = new(0x3007, PropertyType.PtypTime);
    public static readonly PropertyTag LastModificationTime = new(0x3008, PropertyType.PtypTime);
    public static readonly PropertyTag LastModifierName = new(0x3FFA, PropertyType.PtypString);
    public static readonly PropertyTag ObjectType = new(0x0FFE, PropertyType.PtypInteger32);
    public static readonly PropertyTag RecordKey = new(0x0FF9, PropertyType.PtypBinary);
    public static readonly PropertyTag SearchKey = new(0x300B, PropertyType.PtypBinary);

    public static TaggedPropertyValue String(PropertyTag tag, string value) => new(tag, PropertyValue.String(value));

    public static TaggedPropertyValue Integer(PropertyTag tag, int value) => new(tag, PropertyValue.Integer32(value));

    public static PropertyTag Unspecified(PropertyTag tag) => tag.WithType(PropertyType.PtypUnspecified);
}

/// <summary>Reads the "0000: 01 02-03" byte dumps of the specifications' examples.</summary>
internal static class Hex
{
    public static byte[] Parse(string dump) =>
        dump.Split('\n')
            .Select(line => line.Contains(':', StringComparison.Ordinal) ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..] : line)
            .SelectMany(line => line.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(text => Convert.ToByte(text, 16))
            .ToArray();
}
