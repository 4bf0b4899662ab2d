namespace Conformance.Store.Tests.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// RopCommitStream and where stream changes go ([MS-OXCPRPT] 1.3, 2.2.18, 3.1.1, 3.2.5.13, 3.2.5.15): into the
/// folder itself on commit or release, into a message's working copy (the message save still stores it).
/// </summary>
public sealed class CommitStreamTests
{
    private const byte Folder = 1;
    private const byte Message = 2;
    private const byte Stream = 3;
    private const byte Second = 4;

    private static readonly PropertyTag Tag = StreamClient.MessageBinary;

    // [MS-OXCPRPT] 3.2.5.13: a folder stream's writes are not stored until RopCommitStream; 3.2.5.15: commit sets the property.
    [Test]
    public async Task FolderStreamIsStoredOnCommit()
    {
        await using var harness = new StoreHarness();
        StreamClient writer = await StreamClient.ConnectAsync(harness);
        StreamClient reader = await StreamClient.ConnectAsync(harness);
        await writer.OpenFolderAsync(Folder, writer.Folders.Inbox);
        await reader.OpenFolderAsync(Folder, reader.Folders.Inbox);

        await writer.OpenStreamOkAsync(Folder, Stream, StreamClient.FolderBinary, OpenStreamModeFlags.Create);
        await writer.WriteOkAsync(Stream, 1, 2, 3);
        Assert.That(await reader.ValueAsync(Folder, StreamClient.FolderBinary), Is.Null, "not stored before the commit");
        Assert.That(await writer.ValueAsync(Folder, StreamClient.FolderBinary), Is.Null, "not on the folder either");

        await writer.CommitAsync(Stream);
        Assert.That(await reader.ValueAsync(Folder, StreamClient.FolderBinary), Is.EqualTo(new byte[] { 1, 2, 3 }), "stored at once");
    }

    // [MS-OXCPRPT] 3.1.1, 3.2.5.13: releasing a folder stream stores it too.
    [Test]
    public async Task FolderStreamIsStoredOnRelease()
    {
        await using var harness = new StoreHarness();
        StreamClient writer = await StreamClient.ConnectAsync(harness);
        StreamClient reader = await StreamClient.ConnectAsync(harness);
        await writer.OpenFolderAsync(Folder, writer.Folders.Inbox);
        await reader.OpenFolderAsync(Folder, reader.Folders.Inbox);

        await writer.OpenStreamOkAsync(Folder, Stream, StreamClient.FolderBinary, OpenStreamModeFlags.Create);
        await writer.WriteOkAsync(Stream, 4, 5);
        await writer.ReleaseAsync(Stream);
        Assert.That(await reader.ValueAsync(Folder, StreamClient.FolderBinary), Is.EqualTo(new byte[] { 4, 5 }));
    }

    // [MS-OXCPRPT] 3.2.5.15, 3.1.1: a message stream's commit goes into the working copy; the store has it only
    // after RopSaveChangesMessage.
    [Test]
    public async Task MessageStreamNeedsTheMessageSave()
    {
        await using var harness = new StoreHarness(new StoreOptions { MessageStreamWriteThrough = false });
        StreamClient writer = await StreamClient.ConnectAsync(harness);
        await writer.CreateMessageAsync(Message);
        await writer.SetAsync(Message, Tag, [1]);
        ObjectId messageId = await writer.SaveMessageAsync(Message);

        StreamClient reader = await StreamClient.ConnectAsync(harness);
        await writer.OpenStreamOkAsync(Message, Stream, Tag, OpenStreamModeFlags.ReadWrite);
        await writer.WriteOkAsync(Stream, 9, 9);
        await writer.CommitAsync(Stream);
        Assert.That(await writer.ValueAsync(Message, Tag), Is.EqualTo(new byte[] { 9, 9 }), "in the working copy after the commit");

        await reader.OpenMessageAsync(Message, messageId);
        Assert.That(await reader.ValueAsync(Message, Tag), Is.EqualTo(new byte[] { 1 }), "not stored before the save");

        await writer.SaveMessageAsync(Message);
        await reader.OpenMessageAsync(5, messageId);
        Assert.That(await reader.ValueAsync(5, Tag), Is.EqualTo(new byte[] { 9, 9 }), "stored by the save");
    }

    // [MS-OXCPRPT] 3.2.5.13: a message stream's changes are available on the same message at once
    // (StoreOptions.MessageStreamWriteThrough); without write-through they wait for the commit.
    [TestCase(true)]
    [TestCase(false)]
    public async Task MessageStreamWritesReachTheMessageAtOnceWithWriteThrough(bool writeThrough)
    {
        await using var harness = new StoreHarness(new StoreOptions { MessageStreamWriteThrough = writeThrough });
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tag, [1]);

        await client.OpenStreamOkAsync(Message, Stream, Tag, OpenStreamModeFlags.ReadWrite);
        await client.WriteOkAsync(Stream, 7);
        byte[] expected = writeThrough ? [7] : [1];
        Assert.That(await client.ValueAsync(Message, Tag), Is.EqualTo(expected));

        await client.CommitAsync(Stream);
        Assert.That(await client.ValueAsync(Message, Tag), Is.EqualTo(new byte[] { 7 }));
    }

    // [MS-OXCPRPT] 1.3: message changes are kept only by the save; a released unsaved message loses the stream's changes.
    [Test]
    public async Task UnsavedMessageStreamChangesAreLost()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tag, [1]);
        ObjectId messageId = await client.SaveMessageAsync(Message);

        await client.OpenStreamOkAsync(Message, Stream, Tag, OpenStreamModeFlags.ReadWrite);
        await client.WriteOkAsync(Stream, 2);
        await client.CommitAsync(Stream);
        await client.ReleaseAsync(Stream);
        await client.ReleaseAsync(Message);

        await client.OpenMessageAsync(Message, messageId);
        Assert.That(await client.ValueAsync(Message, Tag), Is.EqualTo(new byte[] { 1 }));
    }

    // [MS-OXCPRPT] 3.2.5.15 sets the property from the stream; a string stream becomes the string value.
    [Test]
    public async Task CommittedStringStreamIsTheStringValue()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        var tag8 = new PropertyTag(0x0037, PropertyType.PtypString8);
        await client.SetAsync(Message, tag8, "Hi"u8.ToArray());
        Assert.That(await client.ValueAsync(Message, tag8.WithType(PropertyType.PtypString)), Is.EqualTo(new byte[] { 0x48, 0, 0x69, 0 }));
    }

    // A commit on a read-only stream has nothing to store and succeeds.
    [Test]
    public async Task CommitOnAReadOnlyStreamSucceeds()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tag, [3]);
        await client.OpenStreamOkAsync(Message, Stream, Tag, OpenStreamModeFlags.ReadOnly);
        await client.CommitAsync(Stream);
        Assert.That(await client.ValueAsync(Message, Tag), Is.EqualTo(new byte[] { 3 }));
    }

    // [MS-OXCPRPT] 2.2.18: valid only on Stream objects.
    [Test]
    public async Task CommitOnAFolderIsNotSupported()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.OpenFolderAsync(Folder, client.Folders.Inbox);
        Assert.That(await client.ReturnValueAsync(new RopCommitStreamRequest { InputHandleIndex = Folder }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 4.4.3: the example commit's response is the six bytes RopId, InputHandleIndex, ReturnValue.
    [Test]
    public async Task ExampleCommitResponseIsSixBytes()
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.OpenStreamOkAsync(Message, Second, Tag, OpenStreamModeFlags.Create);
        RopResponse response = await client.RunAsync(new RopCommitStreamRequest { InputHandleIndex = Second });
        using var writer = new Conformance.Protocol.Encoding.ProtocolWriter(16);
        response.Encode(writer);
        Assert.That(writer.ToArray(), Is.EqualTo(new byte[] { 0x5D, Second, 0, 0, 0, 0 }));
    }
}
