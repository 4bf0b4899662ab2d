namespace Conformance.Store.Tests.Stream;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopOpenStream ([MS-OXCPRPT] 2.2.14, 3.2.5.11), through ROP bytes.</summary>
public sealed class OpenStreamTests
{
    private const byte Logon = 0;
    private const byte Folder = 1;
    private const byte Message = 2;
    private const byte Stream = 3;

    private static async Task<StreamClient> MessageClientAsync(StoreHarness harness)
    {
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        return client;
    }

    // [MS-OXCPRPT] 3.2.5.11: the stream holds the property's current value; 2.2.14.2: StreamSize is its byte count.
    [Test]
    public async Task StreamIsPrepopulatedWithTheCurrentValueAndReportsItsSize()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        await client.SetAsync(Message, StreamClient.MessageBinary, [1, 2, 3, 4, 5]);

        uint size = await client.OpenStreamOkAsync(Message, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.ReadOnly);
        Assert.That(size, Is.EqualTo(5));
        Assert.That(await client.ReadToEndAsync(Stream), Is.EqualTo(new byte[] { 1, 2, 3, 4, 5 }));
    }

    // [MS-OXCPRPT] 3.2.5.11: the seek pointer starts at the beginning of the stream.
    [Test]
    public async Task SeekPointerStartsAtTheBeginning()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        await client.SetAsync(Message, StreamClient.MessageBinary, [9, 8, 7]);
        await client.OpenStreamOkAsync(Message, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.ReadWrite);
        Assert.That(await client.SeekAsync(Stream, SeekStreamOrigin.Current, 0), Is.Zero);
    }

    // [MS-OXCPRPT] 3.2.5.11 error table: NotFound when the property is not set and Create was not asked for.
    [TestCase(OpenStreamModeFlags.ReadOnly)]
    [TestCase(OpenStreamModeFlags.ReadWrite)]
    public async Task MissingPropertyWithoutCreateIsNotFound(OpenStreamModeFlags mode)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        RopResponse response = await client.OpenStreamAsync(Message, Stream, StreamClient.MessageBinary, mode);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.NotFound));
    }

    // [MS-OXCPRPT] 2.2.14.1: Create is what opens a property that is not set; the stream is empty.
    [Test]
    public async Task CreateOpensAMissingPropertyAsAnEmptyStream()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        uint size = await client.OpenStreamOkAsync(Message, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.Create);
        Assert.That(size, Is.Zero);
    }

    // [MS-OXCPRPT] 2.2.14.1: Create discards the current value.
    [Test]
    public async Task CreateDiscardsTheCurrentValue()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        await client.SetAsync(Message, StreamClient.MessageBinary, [1, 2, 3]);

        uint size = await client.OpenStreamOkAsync(Message, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.Create);
        Assert.That(size, Is.Zero);
        await client.CommitAsync(Stream);
        Assert.That(await client.ValueAsync(Message, StreamClient.MessageBinary), Is.Empty);
    }

    // [MS-OXCPRPT] 2.2.14: messages (and attachments) stream PtypBinary, PtypObject, PtypString8 and PtypString.
    [TestCase(PropertyType.PtypBinary)]
    [TestCase(PropertyType.PtypObject)]
    [TestCase(PropertyType.PtypString8)]
    [TestCase(PropertyType.PtypString)]
    public async Task MessageStreamsTheFourStreamableTypes(PropertyType type)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        await client.OpenStreamOkAsync(Message, Stream, new PropertyTag(0x6700, type), OpenStreamModeFlags.Create);
    }

    // [MS-OXCPRPT] 2.2.14, 3.2.5.11 error table: other types, multi-valued ones included, cannot be streamed: NotSupported.
    [TestCase(PropertyType.PtypInteger32)]
    [TestCase(PropertyType.PtypTime)]
    [TestCase(PropertyType.PtypMultipleBinary)]
    [TestCase(PropertyType.PtypMultipleString)]
    public async Task MessageRefusesOtherTypes(PropertyType type)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        RopResponse response = await client.OpenStreamAsync(Message, Stream, new PropertyTag(0x6700, type), OpenStreamModeFlags.Create);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 2.2.14: folders must stream PtypBinary.
    [Test]
    public async Task FolderStreamsBinary()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.OpenFolderAsync(Folder, client.Folders.Inbox);
        await client.OpenStreamOkAsync(Folder, Stream, StreamClient.FolderBinary, OpenStreamModeFlags.Create);
    }

    // [MS-OXCPRPT] 2.2.14 requires only PtypBinary on folders; StoreOptions.FolderStreamsAllowStrings chooses for strings.
    [TestCase(false, ErrorCodes.NotSupported)]
    [TestCase(true, ErrorCodes.Success)]
    public async Task FolderStringStreamsFollowTheOption(bool allowStrings, uint expected)
    {
        await using var harness = new StoreHarness(new StoreOptions { FolderStreamsAllowStrings = allowStrings });
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.OpenFolderAsync(Folder, client.Folders.Inbox);
        RopResponse response = await client.OpenStreamAsync(Folder, Stream, new PropertyTag(0x6701, PropertyType.PtypString), OpenStreamModeFlags.Create);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(expected));
    }

    // [MS-OXCPRPT] 2.2.14: the ROP is valid on folders, messages and attachments only; 3.2.5.11: NotSupported otherwise.
    [Test]
    public async Task LogonObjectCannotOpenAStream()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        RopResponse response = await client.OpenStreamAsync(Logon, Stream, StreamClient.FolderBinary, OpenStreamModeFlags.Create);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 2.2.14: a Stream object is not an object a stream can be opened on.
    [Test]
    public async Task StreamObjectCannotOpenAStream()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        await client.OpenStreamOkAsync(Message, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.Create);
        RopResponse response = await client.OpenStreamAsync(Stream, 4, StreamClient.MessageBinary, OpenStreamModeFlags.Create);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCROPS] 2.2.1: an input handle that names no object.
    [Test]
    public async Task UnknownInputHandleIsNullObject()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        RopResponse response = await client.OpenStreamAsync(5, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.ReadOnly);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.NullObject));
    }

    // [MS-OXCPRPT] 2.2.14.1: OpenModeFlags must be one of the three values; the store answers InvalidParameter for others.
    [TestCase((byte)0x03)]
    [TestCase((byte)0x80)]
    public async Task UndefinedOpenModeIsInvalidParameter(byte mode)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        RopResponse response = await client.OpenStreamAsync(Message, Stream, StreamClient.MessageBinary, (OpenStreamModeFlags)mode);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.InvalidParameter));
    }

    // [MS-OXCPRPT] 3.2.5.11 and <11>: a public folder stream opens ReadOnly only (StoreOptions.PublicFolderStreamsReadOnly).
    [TestCase(true, OpenStreamModeFlags.Create, ErrorCodes.NotSupported)]
    [TestCase(true, OpenStreamModeFlags.ReadWrite, ErrorCodes.NotSupported)]
    [TestCase(true, OpenStreamModeFlags.ReadOnly, ErrorCodes.NotFound)]
    [TestCase(false, OpenStreamModeFlags.Create, ErrorCodes.Success)]
    public async Task PublicFolderStreamsAreReadOnly(bool readOnly, OpenStreamModeFlags mode, uint expected)
    {
        await using var harness = new StoreHarness(new StoreOptions { PublicFolderStreamsReadOnly = readOnly });
        StreamClient client = await StreamClient.ConnectAsync(harness, publicFolders: true);
        await client.OpenFolderAsync(Folder, client.PublicFolders!.InterpersonalMessagesSubtree);
        RopResponse response = await client.OpenStreamAsync(Folder, Stream, StreamClient.FolderBinary, mode);
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(expected));
    }

    // A message opened read-only cannot take a writable stream (as RopSetProperties, [MS-OXCPRPT] 3.2.5.4); reading works.
    [Test]
    public async Task ReadOnlyMessageGivesOnlyReadOnlyStreams()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        await client.SetAsync(Message, StreamClient.MessageBinary, [1]);
        var messageId = await client.SaveMessageAsync(Message);
        await client.OpenMessageAsync(4, messageId, OpenMessageModeFlags.ReadOnly);

        RopResponse writable = await client.OpenStreamAsync(4, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.ReadWrite);
        Assert.That(((IRopResult)writable).ReturnValue, Is.EqualTo(ErrorCodes.AccessDenied));
        Assert.That(await client.OpenStreamOkAsync(4, Stream, StreamClient.MessageBinary, OpenStreamModeFlags.ReadOnly), Is.EqualTo(1));
    }

    // [MS-OXCPRPT] 2.2.1: a property the client cannot change (PidTagRecordKey) cannot take a writable stream; it can be read.
    [Test]
    public async Task ReadOnlyPropertyGivesOnlyReadOnlyStreams()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        var recordKey = new PropertyTag(0x0FF9, PropertyType.PtypBinary);
        RopResponse writable = await client.OpenStreamAsync(Message, Stream, recordKey, OpenStreamModeFlags.ReadWrite);
        Assert.That(((IRopResult)writable).ReturnValue, Is.EqualTo(ErrorCodes.AccessDenied));
        Assert.That(await client.OpenStreamOkAsync(Message, Stream, recordKey, OpenStreamModeFlags.ReadOnly), Is.GreaterThan(0));
    }

    // [MS-OXCDATA] 2.11.1: a PtypString stream holds UTF-16LE, a PtypString8 stream 8-bit characters, of the same value.
    [Test]
    public async Task StringStreamsShowTheValueInTheRequestedStringType()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        await client.SetAsync(Message, StreamClient.MessageString, Encoding.Unicode.GetBytes("h\u00E9!"));

        Assert.That(await client.ValueAsync(Message, StreamClient.MessageString), Is.EqualTo(Encoding.Unicode.GetBytes("h\u00E9!")));
        Assert.That(await client.ValueAsync(Message, StreamClient.MessageString.WithType(PropertyType.PtypString8)), Is.EqualTo(new byte[] { 0x68, 0xE9, 0x21 }));
    }

    // [MS-OXCPRPT] 4.4.1: the example opens PidTagExtendedRuleMessageCondition ReadWrite (here after creating it) and gets its size.
    [Test]
    public async Task ExampleOpenStreamReadWriteReturnsTheSize()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await MessageClientAsync(harness);
        var tag = new PropertyTag(0x0E9A0102);
        await client.SetAsync(Message, tag, new byte[100]);
        Assert.That(await client.OpenStreamOkAsync(Message, Stream, tag, OpenStreamModeFlags.ReadWrite), Is.EqualTo(100));
    }
}
