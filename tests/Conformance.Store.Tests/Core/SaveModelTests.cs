namespace Conformance.Store.Tests.Core;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>The core of the store: logon, folders, messages, the save model across sessions, all through ROP bytes.</summary>
public sealed class SaveModelTests
{
    [Test]
    public async Task PrivateLogonReturnsTheMailboxAndTheHandle()
    {
        await using var harness = new StoreHarness();
        RopSession session = await harness.ConnectAsync();
        (uint[] handles, var logon) = await StoreHarness.LogonAsync(session);
        Assert.Multiple(() =>
        {
            Assert.That(handles[0], Is.Not.EqualTo(RopSession.UnusedHandle), "logon handle placed at OutputHandleIndex");
            Assert.That(logon.ReplId, Is.EqualTo((ushort)1));
            Assert.That(logon.FolderIds.ToArray(), Is.Unique);
        });
    }

    [Test]
    public async Task SavedMessageIsVisibleToAnotherSessionAndUnsavedIsNot()
    {
        await using var harness = new StoreHarness();
        RopSession writer = await harness.ConnectAsync();
        (uint[] handles, var logon) = await StoreHarness.LogonAsync(writer);

        RopExchange created = await StoreHarness.ExecuteAsync(writer, handles, new RopCreateMessageRequest
        {
            InputHandleIndex = 0, OutputHandleIndex = 1, CodePageId = 0x0FFF, FolderId = logon.FolderIds.Inbox,
        });
        StoreHarness.Expect<RopCreateMessageResponse>(created.Responses[0]);
        handles = [.. created.HandleTable];

        RopExchange saved = await StoreHarness.ExecuteAsync(writer, handles, new RopSaveChangesMessageRequest
        {
            ResponseHandleIndex = 1, InputHandleIndex = 1, SaveFlags = SaveFlags.KeepOpenReadWrite,
        });
        ObjectId messageId = StoreHarness.Expect<RopSaveChangesMessageResponse>(saved.Responses[0]).MessageId;

        RopSession reader = await harness.ConnectAsync();
        (uint[] readerHandles, _) = await StoreHarness.LogonAsync(reader);
        RopExchange opened = await StoreHarness.ExecuteAsync(reader, readerHandles, new RopOpenMessageRequest
        {
            InputHandleIndex = 0, OutputHandleIndex = 1, CodePageId = 0x0FFF, FolderId = logon.FolderIds.Inbox, MessageId = messageId,
        });
        StoreHarness.Expect<RopOpenMessageResponse>(opened.Responses[0]);
    }

    [Test]
    public async Task UnparsableInputBufferIsRejectedAsACall()
    {
        await using var harness = new StoreHarness();
        RopSession session = await harness.ConnectAsync();
        RawExecution result = await session.Raw.ExecuteRawAsync(new byte[] { 0x05, 0x00, 0xEE, 0x00, 0x00 }, 0x8000);
        Assert.That(result.ReturnCode, Is.EqualTo(ErrorCodes.RpcFormat));
    }

    [Test]
    public async Task UnknownHandleGivesNullObject()
    {
        await using var harness = new StoreHarness();
        RopSession session = await harness.ConnectAsync();
        RopExchange exchange = await StoreHarness.ExecuteAsync(session, [0x1234], new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 0 });
        Assert.That(((RopFailureResponse)exchange.Responses[0]).ReturnValue, Is.EqualTo(ErrorCodes.NullObject));
    }
}
