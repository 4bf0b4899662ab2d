namespace Conformance.Store.Tests.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopGetStoreState, RopGetOwningServers, RopPublicFolderIsGhosted ([MS-OXCSTOR] 3.2.5.5-3.2.5.7).</summary>
public sealed class StoreInformationTests
{
    private static readonly string[] Replicas = ["/o=Conformance/cn=Servers/cn=replica1", "/o=Conformance/cn=Servers/cn=replica2"];

    private static void Ghost(StoreHarness harness, ObjectId folderId, IReadOnlyList<string> activeReplicas)
    {
        lock (harness.Server.Sync)
        {
            harness.Server.PublicFolders.Folders[folderId].GhostReplicaServers = activeReplicas;
        }
    }

    [Test]
    public async Task GetStoreStateIsNotImplementedByDefault()
    {
        // [MS-OXCSTOR] 3.2.5.5: servers SHOULD NOT implement it and answer NotImplemented (<11>: Exchange 2010 and later).
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        Assert.That(await client.FailAsync(new RopGetStoreStateRequest { InputHandleIndex = 0 }), Is.EqualTo(ErrorCodes.NotImplemented));
    }

    [Test]
    public async Task ImplementedGetStoreStateReportsOnlyActiveSearches()
    {
        // [MS-OXCSTOR] 3.2.5.5 MAY (<37>: Exchange 2003/2007): STORE_HAS_SEARCHES exactly when search folders exist, no other bit.
        await using var harness = new StoreHarness(new StoreOptions { GetStoreStateImplemented = true });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        var without = await client.ExpectAsync<RopGetStoreStateResponse>(new RopGetStoreStateRequest { InputHandleIndex = 0 });
        harness.Server.Control.SetActiveSearchFolders("user1", true);
        var with = await client.ExpectAsync<RopGetStoreStateResponse>(new RopGetStoreStateRequest { InputHandleIndex = 0 });
        Assert.That((without.StoreState, with.StoreState), Is.EqualTo((StoreState.None, StoreState.StoreHasSearches)));
    }

    [Test]
    public async Task ImplementedGetStoreStateOnAPublicLogonFailsWithNotSupported()
    {
        // [MS-OXCSTOR] 3.2.5.5: against a public folders logon -> 0x80040102.
        await using var harness = new StoreHarness(new StoreOptions { GetStoreStateImplemented = true });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPublicAsync();
        Assert.That(await client.FailAsync(new RopGetStoreStateRequest { InputHandleIndex = 0 }), Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task OwningServersOfALocalFolderIsThisServer()
    {
        // [MS-OXCSTOR] 3.2.5.6: the active replicas, cheapest first; CheapServersCount > 0 when there are servers.
        var options = new StoreOptions();
        await using var harness = new StoreHarness(options);
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        var response = await client.ExpectAsync<RopGetOwningServersResponse>(new RopGetOwningServersRequest { InputHandleIndex = 0, FolderId = logon.FolderIds.InterpersonalMessagesSubtree });
        Assert.That((response.CheapServersCount, response.OwningServers.ToArray()), Is.EqualTo(((ushort)1, new[] { options.ServerDistinguishedName })));
    }

    [Test]
    public async Task OwningServersOfAGhostedFolderAreItsActiveReplicas()
    {
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        Ghost(harness, logon.FolderIds.EFormsRegistry, Replicas);
        var response = await client.ExpectAsync<RopGetOwningServersResponse>(new RopGetOwningServersRequest { InputHandleIndex = 0, FolderId = logon.FolderIds.EFormsRegistry });
        Assert.Multiple(() =>
        {
            Assert.That(response.OwningServers.ToArray(), Is.EqualTo(Replicas));
            Assert.That(response.CheapServersCount, Is.InRange(1, Replicas.Length));
        });
    }

    [Test]
    public async Task OwningServersWithNoActiveReplicaFailsWithNoReplicaAvailable()
    {
        // [MS-OXCSTOR] 3.2.5.6: the trimmed list is empty -> 0x00000469.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        Ghost(harness, logon.FolderIds.EFormsRegistry, []);
        Assert.That(await client.FailAsync(new RopGetOwningServersRequest { InputHandleIndex = 0, FolderId = logon.FolderIds.EFormsRegistry }), Is.EqualTo(ErrorCodes.NoReplicaAvailable));
    }

    [Test]
    public async Task OwningServersOfAnUnknownFolderFailsWithNotFound()
    {
        // [MS-OXCSTOR] 3.2.5.6: the FID is not in the public folder database -> 0x8004010F.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPublicAsync();
        Assert.That(await client.FailAsync(new RopGetOwningServersRequest { InputHandleIndex = 0, FolderId = new ObjectId(1, 0xABCDEF) }), Is.EqualTo(ErrorCodes.NotFound));
    }

    [Test]
    public async Task OwningServersOnAPrivateLogonIsAnswered()
    {
        // [MS-OXCSTOR] 3.2.5.6: against a private store the server can fail or answer; <12> Exchange answers.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPrivateAsync();
        var response = await client.ExpectAsync<RopGetOwningServersResponse>(new RopGetOwningServersRequest { InputHandleIndex = 0, FolderId = logon.FolderIds.Inbox });
        Assert.That(response.OwningServers, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task IsGhostedOnAPrivateLogonIsAlwaysFalse()
    {
        // [MS-OXCSTOR] 3.2.5.7: against a private mailbox, MUST return FALSE and no replica data, whatever the FID.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        var response = await client.ExpectAsync<RopPublicFolderIsGhostedResponse>(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = new ObjectId(1, 0x123456) });
        Assert.That(response.IsGhosted, Is.False);
    }

    [Test]
    public async Task IsGhostedIsFalseForAFolderWithALocalReplica()
    {
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        var response = await client.ExpectAsync<RopPublicFolderIsGhostedResponse>(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = logon.FolderIds.EFormsRegistry });
        Assert.That(response.IsGhosted, Is.False);
    }

    [Test]
    public async Task IsGhostedListsTheActiveReplicasOfAGhostedFolder()
    {
        // [MS-OXCSTOR] 3.2.5.7: TRUE when this server is not an active replica, with the replicas' ESSDNs.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        Ghost(harness, logon.FolderIds.EFormsRegistry, Replicas);
        var response = await client.ExpectAsync<RopPublicFolderIsGhostedResponse>(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = logon.FolderIds.EFormsRegistry });
        Assert.Multiple(() =>
        {
            Assert.That(response.IsGhosted, Is.True);
            Assert.That(response.Servers.ToArray(), Is.EqualTo(Replicas));
            Assert.That(response.CheapServersCount, Is.InRange(1, Replicas.Length));
        });
    }

    private static async Task<RopOpenFolderResponse> OpenFolderAsync(StoreClient client, ObjectId folderId) =>
        await client.ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest { InputHandleIndex = 0, OutputHandleIndex = 1, FolderId = folderId });

    [Test]
    public async Task OpenFolderAndIsGhostedAgreeOnEveryReplicaState()
    {
        // [MS-OXCSTOR] 3.2.5.7 and [MS-OXCFOLD] 2.2.1.1.2: both answer whether this server lacks an active replica.
        // A local replica: not ghosted. Replicas elsewhere only: ghosted, with their ESSDNs. No active replica
        // anywhere: still ghosted (RopOpenFolder lists no servers; RopPublicFolderIsGhosted fails with
        // ecNoReplicaAvailable, which the client MUST read as ghosted).
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        ObjectId local = logon.FolderIds.EFormsRegistry;
        ObjectId elsewhere = logon.FolderIds.FreeBusyData;
        ObjectId nowhere = logon.FolderIds.OfflineAddressBookData;
        Ghost(harness, elsewhere, Replicas);
        Ghost(harness, nowhere, []);

        RopOpenFolderResponse openLocal = await OpenFolderAsync(client, local);
        RopOpenFolderResponse openElsewhere = await OpenFolderAsync(client, elsewhere);
        RopOpenFolderResponse openNowhere = await OpenFolderAsync(client, nowhere);
        var isLocal = await client.ExpectAsync<RopPublicFolderIsGhostedResponse>(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = local });
        var isElsewhere = await client.ExpectAsync<RopPublicFolderIsGhostedResponse>(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = elsewhere });
        uint isNowhere = await client.FailAsync(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = nowhere });

        Assert.Multiple(() =>
        {
            Assert.That((openLocal.IsGhosted, isLocal.IsGhosted), Is.EqualTo((false, false)));
            Assert.That(openLocal.GhostInfo, Is.Null);
            Assert.That((openElsewhere.IsGhosted, isElsewhere.IsGhosted), Is.EqualTo((true, true)));
            Assert.That(openElsewhere.GhostInfo!.Servers.ToArray(), Is.EqualTo(isElsewhere.Servers.ToArray()));
            Assert.That(openNowhere.IsGhosted, Is.True);
            Assert.That(openNowhere.GhostInfo!.Servers.Count, Is.Zero);
            Assert.That(openNowhere.GhostInfo.CheapServerCount, Is.Zero, "[MS-OXCFOLD] 2.2.1.1.2: at most ServerCount");
            Assert.That(isNowhere, Is.EqualTo(ErrorCodes.NoReplicaAvailable));
        });
    }

    [Test]
    public async Task OpenFolderNeverReportsTheSubtreesAsGhosted()
    {
        // [MS-OXCSTOR] 3.2.5.7: the IPM and non-IPM subtrees are not ghosted; RopOpenFolder agrees.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        Ghost(harness, logon.FolderIds.InterpersonalMessagesSubtree, Replicas);

        Assert.That((await OpenFolderAsync(client, logon.FolderIds.InterpersonalMessagesSubtree)).IsGhosted, Is.False);
    }

    [Test]
    public async Task SubtreesAreNeverGhosted()
    {
        // [MS-OXCSTOR] 3.2.5.7: the IPM and non-IPM subtrees MUST answer FALSE.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        Ghost(harness, logon.FolderIds.InterpersonalMessagesSubtree, Replicas);
        Ghost(harness, logon.FolderIds.NonInterpersonalMessagesSubtree, Replicas);
        foreach (ObjectId subtree in new[] { logon.FolderIds.InterpersonalMessagesSubtree, logon.FolderIds.NonInterpersonalMessagesSubtree })
        {
            var response = await client.ExpectAsync<RopPublicFolderIsGhostedResponse>(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = subtree });
            Assert.That(response.IsGhosted, Is.False, subtree.ToString());
        }
    }

    [Test]
    public async Task IsGhostedErrors()
    {
        // [MS-OXCSTOR] 3.2.5.7: unknown FID -> ecNotFound; no active replica at all -> ecNoReplicaAvailable.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.LogonPublicAsync();
        Ghost(harness, logon.FolderIds.EFormsRegistry, []);
        Assert.Multiple(async () =>
        {
            Assert.That(await client.FailAsync(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = new ObjectId(1, 0xABCDEF) }), Is.EqualTo(ErrorCodes.NotFound));
            Assert.That(await client.FailAsync(new RopPublicFolderIsGhostedRequest { InputHandleIndex = 0, FolderId = logon.FolderIds.EFormsRegistry }), Is.EqualTo(ErrorCodes.NoReplicaAvailable));
        });
    }

    [Test]
    public async Task StoreRopsNeedALogonHandle()
    {
        // [MS-OXCROPS] 2.2.1: an empty handle slot -> ecNullObject.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That(await client.FailAsync(new RopGetReceiveFolderTableRequest { InputHandleIndex = 3 }), Is.EqualTo(ErrorCodes.NullObject));
    }
}
