namespace Conformance.Suites.OXCSTOR.S05_PublicFolderServers;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.6: RopGetOwningServers on a public folders logon.</summary>
[TestFixture]
public sealed class OwningServersTests : ConformanceTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0178")]
    public async Task A_Folder_ID_the_public_folder_database_does_not_hold_fails_with_ecNotFound()
    {
        MailboxClient client = await LogonPublicAsync();

        // The store's own REPLID with the highest global counters, which no folder has been given.
        var unknown = new ObjectId(client.PublicFolders!.PublicFoldersRoot.ReplicaId, ObjectId.MaxGlobalCounter - 0x0F);
        uint returnValue = await client.ReturnValueAsync(new RopGetOwningServersRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = unknown });

        // [MS-OXCSTOR] 3.2.5.6: ecNotFound is 0x8004010F.
        CheckReturnValue("MS-OXCSTOR-R0178", ErrorCodes.NotFound, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0181")]
    [Requirement("MS-OXCSTOR-R0180")]
    public async Task Owning_servers_are_ESSDNs_listed_in_the_same_order_each_time()
    {
        MailboxClient client = await LogonPublicAsync();
        var request = new RopGetOwningServersRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = client.PublicFolders!.InterpersonalMessagesSubtree };

        RopGetOwningServersResponse first = await client.ExpectAsync<RopGetOwningServersResponse>(request);
        RopGetOwningServersResponse second = await client.ExpectAsync<RopGetOwningServersResponse>(request);

        // [MS-OXCSTOR] 3.2.5.6: each server is given as an ESSDN; the same list SHOULD come back in the same order.
        Check("MS-OXCSTOR-R0181", first.OwningServers.Count > 0 && first.OwningServers.All(Essdn.IsWellFormed), "ESSDNs", Essdn.Describe(first.OwningServers));
        Check("MS-OXCSTOR-R0180", first.OwningServers.SequenceEqual(second.OwningServers), Essdn.Describe(first.OwningServers), Essdn.Describe(second.OwningServers));
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0179")]
    [Requirement("MS-OXCSTOR-R0187")]
    public async Task A_folder_without_any_active_replica_fails_with_ecNoReplicaAvailable()
    {
        MailboxClient client = await LogonPublicAsync();
        ObjectId folderId = ReplicatedFolder(client);
        IServerControl control = RequireServerControl("remove every active replica of a public folder", "MS-OXCSTOR-R0179", "MS-OXCSTOR-R0187");
        control.SetPublicFolderReplicas(folderId, activeHere: false, []);

        uint owning = await client.ReturnValueAsync(new RopGetOwningServersRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = folderId });

        // [MS-OXCSTOR] 3.2.5.6, 3.2.5.7: an empty list of active replicas fails with 0x00000469.
        CheckReturnValue("MS-OXCSTOR-R0179", ErrorCodes.NoReplicaAvailable, owning);

        uint ghosted = await client.ReturnValueAsync(new RopPublicFolderIsGhostedRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = folderId });
        CheckReturnValue("MS-OXCSTOR-R0187", ErrorCodes.NoReplicaAvailable, ghosted);
    }

    /// <summary>A public folder below the non-IPM subtree (the subtrees themselves are never ghosted, 3.2.5.7).</summary>
    internal static ObjectId ReplicatedFolder(MailboxClient client)
    {
        ObjectId folderId = client.PublicFolders!.EFormsRegistry;
        if (folderId == default)
        {
            Assert.Inconclusive("the public folders logon returned no EForms Registry folder to change the replicas of");
        }

        return folderId;
    }
}
