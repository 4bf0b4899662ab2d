namespace Conformance.Store.Tests.Stream;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// One client session for the stream tests: a logon at handle index 0 and helpers that send one ROP at a
/// time through ROP bytes, keeping the handle table between calls as a client does.
/// </summary>
internal sealed class StreamClient : SessionClient
{
    /// <summary>A PtypBinary property the tests stream on messages (PidTagRtfCompressed).</summary>
    public static readonly PropertyTag MessageBinary = new(0x1009, PropertyType.PtypBinary);

    /// <summary>A PtypString property the tests stream on messages (PidTagBody).</summary>
    public static readonly PropertyTag MessageString = new(0x1000, PropertyType.PtypString);

    /// <summary>A PtypBinary property the tests stream on folders (PidTagExtendedFolderFlags).</summary>
    public static readonly PropertyTag FolderBinary = new(0x36DA, PropertyType.PtypBinary);

    private StreamClient(RopSession session, uint[] handles)
        : base(session, handles)
    {
    }

    public PrivateMailboxFolderIds Folders { get; private set; } = null!;

    public PublicFoldersFolderIds? PublicFolders { get; private set; }

    /// <summary>A session of <paramref name="user"/> logged on to its mailbox (or to the public folders) at index 0.</summary>
    public static async Task<StreamClient> ConnectAsync(StoreHarness harness, TargetUser? user = null, bool publicFolders = false)
    {
        RopSession session = await harness.ConnectAsync(user);
        var client = new StreamClient(session, EmptyHandleTable(12));
        RopResponse logon = await client.RunAsync(LogonRequest(session, publicFolders));
        if (publicFolders)
        {
            client.PublicFolders = StoreHarness.Expect<RopLogonPublicFoldersResponse>(logon).FolderIds;
        }
        else
        {
            client.Folders = StoreHarness.Expect<RopLogonPrivateMailboxResponse>(logon).FolderIds;
        }

        return client;
    }

    /// <summary>Sends the requests in one ROP buffer; returns their responses.</summary>
    public Task<IReadOnlyList<RopResponse>> RunAllAsync(int maximumOutputSize, params RopRequest[] requests) => ExecuteAsync(requests, maximumOutputSize);

    public async Task OpenFolderAsync(byte output, ObjectId folderId) =>
        StoreHarness.Expect<RopOpenFolderResponse>(await RunAsync(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = output, FolderId = folderId }));

    public async Task CreateMessageAsync(byte output) =>
        StoreHarness.Expect<RopCreateMessageResponse>(await RunAsync(new RopCreateMessageRequest
        {
            InputHandleIndex = 0, OutputHandleIndex = output, CodePageId = 0x0FFF, FolderId = Folders.Inbox,
        }));

    public async Task OpenMessageAsync(byte output, ObjectId messageId, OpenMessageModeFlags mode = OpenMessageModeFlags.ReadWrite) =>
        StoreHarness.Expect<RopOpenMessageResponse>(await RunAsync(new RopOpenMessageRequest
        {
            InputHandleIndex = 0, OutputHandleIndex = output, CodePageId = 0x0FFF, FolderId = Folders.Inbox, MessageId = messageId, OpenModeFlags = mode,
        }));

    public async Task<ObjectId> SaveMessageAsync(byte message) =>
        StoreHarness.Expect<RopSaveChangesMessageResponse>(await RunAsync(new RopSaveChangesMessageRequest
        {
            ResponseHandleIndex = message, InputHandleIndex = message, SaveFlags = SaveFlags.KeepOpenReadWrite,
        })).MessageId;

    public Task<RopResponse> OpenStreamAsync(byte input, byte output, PropertyTag tag, OpenStreamModeFlags mode) =>
        RunAsync(new RopOpenStreamRequest { InputHandleIndex = input, OutputHandleIndex = output, PropertyTag = tag, OpenModeFlags = mode });

    /// <summary>Opens a stream that must open; returns its StreamSize.</summary>
    public async Task<uint> OpenStreamOkAsync(byte input, byte output, PropertyTag tag, OpenStreamModeFlags mode) =>
        StoreHarness.Expect<RopOpenStreamResponse>(await OpenStreamAsync(input, output, tag, mode)).StreamSize;

    public async Task<RopWriteStreamResponse> WriteAsync(byte stream, params byte[] data) =>
        (RopWriteStreamResponse)await RunAsync(new RopWriteStreamRequest { InputHandleIndex = stream, Data = data });

    /// <summary>Writes and asserts the whole write succeeded.</summary>
    public async Task WriteOkAsync(byte stream, params byte[] data)
    {
        RopWriteStreamResponse response = await WriteAsync(stream, data);
        Assert.Multiple(() =>
        {
            Assert.That(response.ReturnValue, Is.Zero, "RopWriteStream ReturnValue");
            Assert.That(response.WrittenSize, Is.EqualTo(data.Length), "WrittenSize");
        });
    }

    public async Task<RopReadStreamResponse> ReadAsync(byte stream, ushort byteCount, uint? maximumByteCount = null) =>
        (RopReadStreamResponse)await RunAsync(new RopReadStreamRequest { InputHandleIndex = stream, ByteCount = byteCount, MaximumByteCount = maximumByteCount });

    /// <summary>Reads a stream from its seek pointer to its end.</summary>
    public async Task<byte[]> ReadToEndAsync(byte stream)
    {
        var all = new List<byte>();
        while (true)
        {
            RopReadStreamResponse response = await ReadAsync(stream, 0x1000);
            Assert.That(response.ReturnValue, Is.Zero, "RopReadStream ReturnValue");
            if (response.Data.Count == 0)
            {
                return [.. all];
            }

            all.AddRange(response.Data.ToArray());
        }
    }

    public async Task<ulong> SeekAsync(byte stream, SeekStreamOrigin origin, long offset) =>
        StoreHarness.Expect<RopSeekStreamResponse>(await RunAsync(new RopSeekStreamRequest { InputHandleIndex = stream, Origin = origin, Offset = offset })).NewPosition;

    public async Task<uint> SizeAsync(byte stream) =>
        StoreHarness.Expect<RopGetStreamSizeResponse>(await RunAsync(new RopGetStreamSizeRequest { InputHandleIndex = stream })).StreamSize;

    public async Task CommitAsync(byte stream) =>
        StoreHarness.Expect<RopCommitStreamResponse>(await RunAsync(new RopCommitStreamRequest { InputHandleIndex = stream }));

    public async Task ReleaseAsync(byte index)
    {
        IReadOnlyList<RopResponse> responses = await RunAllAsync(RopSession.DefaultMaximumOutputSize, new RopReleaseRequest { InputHandleIndex = index });
        Assert.That(responses, Is.Empty, "RopRelease has no response");
    }

    /// <summary>The current value of a property as a fresh read-only stream shows it, or null when opening fails.</summary>
    public async Task<byte[]?> ValueAsync(byte owner, PropertyTag tag, byte scratch = 11)
    {
        RopResponse opened = await OpenStreamAsync(owner, scratch, tag, OpenStreamModeFlags.ReadOnly);
        if (opened is not RopOpenStreamResponse)
        {
            return null;
        }

        byte[] value = await ReadToEndAsync(scratch);
        await ReleaseAsync(scratch);
        return value;
    }

    /// <summary>Sets a property through a Create stream, committed and released.</summary>
    public async Task SetAsync(byte owner, PropertyTag tag, byte[] value, byte scratch = 11)
    {
        await OpenStreamOkAsync(owner, scratch, tag, OpenStreamModeFlags.Create);
        await WriteOkAsync(scratch, value);
        await CommitAsync(scratch);
        await ReleaseAsync(scratch);
    }
}

/// <summary>A clock the tests move by hand (region-lock expiry, [MS-OXCPRPT] 3.2.5.21).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset now = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
