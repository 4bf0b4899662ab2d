namespace Conformance.Store.Tests.Support;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopSubmitMessage ([MS-OXOMSG] 3.2.5.1, as far as a store without transport goes) and RopBufferTooSmall ([MS-OXCROPS] 2.2.15.1, 3.2.5.1).</summary>
public sealed class SubmitAndBufferTests
{
    [TestCase(SubmitBehavior.MoveToSentItems)]
    [TestCase(SubmitBehavior.LeaveSubmitted)]
    public async Task ASubmittedMessageIsSentToSentItemsOrLeftSubmitted(SubmitBehavior behavior)
    {
        // StoreOptions.SubmitBehavior: this store delivers nothing; it either completes the send at once or leaves the message submitted.
        await using var harness = new StoreHarness(new StoreOptions { SubmitBehavior = behavior });
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.CreateMessageAsync(client.Folders.Outbox, 1);
        await client.ExpectAsync<RopSubmitMessageResponse>(new RopSubmitMessageRequest { InputHandleIndex = 1 });

        await client.OpenFolderAsync(client.Folders.Outbox, 2);
        await client.OpenFolderAsync(client.Folders.SentItems, 3);
        RopQueryRowsResponse outbox = await client.ReadContentsAsync(2, 4, ContentsTableFlags.None, Tags.MessageFlags, Tags.ClientSubmitTime);
        RopQueryRowsResponse sent = await client.ReadContentsAsync(3, 5, ContentsTableFlags.None, Tags.MessageFlags, Tags.ClientSubmitTime);
        PropertyRow row = (behavior == SubmitBehavior.MoveToSentItems ? sent : outbox).RowData.Single();
        Assert.Multiple(() =>
        {
            Assert.That((behavior == SubmitBehavior.MoveToSentItems ? outbox : sent).RowData, Is.Empty);
            Assert.That(row.Flag, Is.EqualTo(PropertyRowFlag.Standard), "PidTagClientSubmitTime is set");
            int flags = Tags.Value<int>(row, 0);
            Assert.That(flags & 0x08, Is.EqualTo(behavior == SubmitBehavior.MoveToSentItems ? 0 : 0x08), "mfUnsent");
            Assert.That(flags & 0x04, Is.EqualTo(behavior == SubmitBehavior.MoveToSentItems ? 0 : 0x04), "mfSubmitted");
        });
    }

    [Test]
    public async Task SubmitOnAFolderFailsWithNotSupported()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Folders.Outbox, 1);
        Assert.That(await client.ReturnValueAsync(new RopSubmitMessageRequest { InputHandleIndex = 1 }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task SubmitOfAReadOnlyMessageFailsWithAccessDenied()
    {
        await using var harness = new StoreHarness();
        SupportClient client = await SupportClient.ConnectAsync(harness);
        ObjectId id = await client.CreateSavedMessageAsync(client.Folders.Outbox, 1);
        await client.OpenMessageAsync(client.Folders.Outbox, id, 2, OpenMessageModeFlags.ReadOnly);
        Assert.That(await client.ReturnValueAsync(new RopSubmitMessageRequest { InputHandleIndex = 2 }), Is.EqualTo(ErrorCodes.AccessDenied));
    }

    [Test]
    public async Task AStateChangingRopThatCannotBeAnsweredIsNotExecuted()
    {
        // [MS-OXCROPS] 3.2.5.1 / 2.2.15.1: RopBufferTooSmall carries the unprocessed requests; the ROP did not run
        // (here RopOpenFolder of a ghosted folder, whose replica list makes the response long: no handle is made).
        await using var harness = new StoreHarness();
        SupportClient client = await GhostedPublicFoldersAsync(harness);
        var open = new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = client.PublicFolders!.EFormsRegistry };
        IReadOnlyList<RopResponse> refused = await client.RunAllAsync([open], 2 + 64 + 40);
        var tooSmall = StoreHarness.Expect<RopBufferTooSmallResponse>(refused.Single());
        Assert.Multiple(() =>
        {
            Assert.That(tooSmall.RequestBuffers.ToArray(), Is.EqualTo(open.ToBytes()));
            Assert.That((int)tooSmall.SizeNeeded, Is.GreaterThan(2 + 64 + 40));
            Assert.That(client.Handles[1], Is.EqualTo(RopSession.UnusedHandle), "no Folder object was created");
        });

        // Resent with the size asked for, it runs.
        IReadOnlyList<RopResponse> retried = await client.RunAllAsync([open], tooSmall.SizeNeeded);
        StoreHarness.Expect<RopOpenFolderResponse>(retried.Single());
    }

    [Test]
    public async Task TheRequestsAfterTheFirstThatDoesNotFitComeBackUnprocessed()
    {
        // [MS-OXCROPS] 2.2.15.1: the responses that fit come first; RequestBuffers holds the remaining requests,
        // from the one that did not fit to the end.
        await using var harness = new StoreHarness();
        SupportClient client = await GhostedPublicFoldersAsync(harness);
        var plain = new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = client.PublicFolders!.NonInterpersonalMessagesSubtree };
        var ghosted = new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 2, FolderId = client.PublicFolders!.EFormsRegistry };
        var release = new RopReleaseRequest { InputHandleIndex = 1 };
        IReadOnlyList<RopResponse> responses = await client.RunAllAsync([plain, ghosted, release], 2 + 64 + 8 + 40);
        Assert.That(responses, Has.Count.EqualTo(2));
        StoreHarness.Expect<RopOpenFolderResponse>(responses[0]);
        var tooSmall = StoreHarness.Expect<RopBufferTooSmallResponse>(responses[1]);
        Assert.That(tooSmall.RequestBuffers.ToArray(), Is.EqualTo(ghosted.ToBytes().Concat(release.ToBytes()).ToArray()));
    }

    private static async Task<SupportClient> GhostedPublicFoldersAsync(StoreHarness harness)
    {
        SupportClient client = await SupportClient.ConnectAsync(harness, publicFolders: true);
        lock (harness.Server.Sync)
        {
            harness.Server.PublicFolders.Folders[client.PublicFolders!.EFormsRegistry].GhostReplicaServers =
                ["/o=Other/ou=Exchange Administrative Group/cn=Configuration/cn=Servers/cn=server1"];
        }

        return client;
    }
}
