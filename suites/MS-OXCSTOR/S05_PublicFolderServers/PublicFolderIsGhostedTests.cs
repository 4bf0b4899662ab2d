namespace Conformance.Suites.OXCSTOR.S05_PublicFolderServers;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.7: RopPublicFolderIsGhosted.</summary>
[TestFixture]
public sealed class PublicFolderIsGhostedTests : ConformanceTest
{
    private static readonly string[] OtherReplicas =
    [
        "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=REPLICA1/cn=Microsoft Public MDB",
        "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=REPLICA2/cn=Microsoft Public MDB",
    ];

    [Test]
    [Requirement("MS-OXCSTOR-R0182")]
    public async Task On_a_private_mailbox_logon_the_answer_is_FALSE_without_replica_data()
    {
        MailboxClient client = await LogonAsync();

        RopPublicFolderIsGhostedResponse response = await client.ExpectAsync<RopPublicFolderIsGhostedResponse>(
            new RopPublicFolderIsGhostedRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = client.Folders.Inbox });

        // [MS-OXCSTOR] 3.2.5.7: IsGhosted FALSE, so no ServersCount, CheapServersCount or Servers follow.
        Check("MS-OXCSTOR-R0182", !response.IsGhosted && response.Servers.Count == 0, "IsGhosted FALSE, no servers", $"IsGhosted {response.IsGhosted}, servers {Essdn.Describe(response.Servers)}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0183")]
    public async Task A_Folder_ID_the_public_folder_container_does_not_hold_fails_with_ecNotFound()
    {
        MailboxClient client = await LogonPublicAsync();

        // The store's own REPLID with the highest global counters, which no folder has been given.
        var unknown = new ObjectId(client.PublicFolders!.PublicFoldersRoot.ReplicaId, ObjectId.MaxGlobalCounter - 0x0F);
        uint returnValue = await client.ReturnValueAsync(new RopPublicFolderIsGhostedRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = unknown });

        // [MS-OXCSTOR] 3.2.5.7: ecNotFound is 0x8004010F.
        CheckReturnValue("MS-OXCSTOR-R0183", ErrorCodes.NotFound, returnValue);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0186")]
    public async Task The_IPM_and_non_IPM_subtrees_are_never_ghosted()
    {
        MailboxClient client = await LogonPublicAsync();

        RopPublicFolderIsGhostedResponse ipm = await IsGhostedAsync(client, client.PublicFolders!.InterpersonalMessagesSubtree);
        RopPublicFolderIsGhostedResponse nonIpm = await IsGhostedAsync(client, client.PublicFolders!.NonInterpersonalMessagesSubtree);

        // [MS-OXCSTOR] 3.2.5.7: IsGhosted is FALSE for both subtrees.
        Check("MS-OXCSTOR-R0186", !ipm.IsGhosted && !nonIpm.IsGhosted, "FALSE, FALSE", $"{ipm.IsGhosted}, {nonIpm.IsGhosted}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0185")]
    public async Task A_folder_with_an_active_replica_on_this_server_is_not_ghosted()
    {
        MailboxClient client = await LogonPublicAsync();
        ObjectId folderId = OwningServersTests.ReplicatedFolder(client);
        IServerControl control = RequireServerControl("place an active replica of a public folder on this server", "MS-OXCSTOR-R0185");
        control.SetPublicFolderReplicas(folderId, activeHere: true, OtherReplicas);

        RopPublicFolderIsGhostedResponse response = await IsGhostedAsync(client, folderId);

        // [MS-OXCSTOR] 3.2.5.7: this server is an active replica, so IsGhosted is FALSE.
        Check("MS-OXCSTOR-R0185", !response.IsGhosted, false, response.IsGhosted);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0184")]
    [Requirement("MS-OXCSTOR-R0190")]
    [Requirement("MS-OXCSTOR-R0189")]
    public async Task A_folder_without_an_active_replica_here_is_ghosted_and_names_the_replicas_by_ESSDN()
    {
        MailboxClient client = await LogonPublicAsync();
        ObjectId folderId = OwningServersTests.ReplicatedFolder(client);
        IServerControl control = RequireServerControl("move every active replica of a public folder to other servers", "MS-OXCSTOR-R0184", "MS-OXCSTOR-R0190", "MS-OXCSTOR-R0189");
        control.SetPublicFolderReplicas(folderId, activeHere: false, OtherReplicas);

        RopPublicFolderIsGhostedResponse first = await IsGhostedAsync(client, folderId);
        RopPublicFolderIsGhostedResponse second = await IsGhostedAsync(client, folderId);

        // [MS-OXCSTOR] 3.2.5.7: not an active replica here, so IsGhosted is TRUE; the servers are ESSDNs and the
        // same list SHOULD sort the same way each time.
        Check("MS-OXCSTOR-R0184", first.IsGhosted, true, first.IsGhosted);
        Check("MS-OXCSTOR-R0190", first.Servers.Count > 0 && first.Servers.All(Essdn.IsWellFormed), "ESSDNs of the active replicas", Essdn.Describe(first.Servers));
        Check("MS-OXCSTOR-R0189", first.Servers.SequenceEqual(second.Servers), Essdn.Describe(first.Servers), Essdn.Describe(second.Servers));
    }

    private static Task<RopPublicFolderIsGhostedResponse> IsGhostedAsync(MailboxClient client, ObjectId folderId) =>
        client.ExpectAsync<RopPublicFolderIsGhostedResponse>(new RopPublicFolderIsGhostedRequest { InputHandleIndex = MailboxClient.LogonIndex, FolderId = folderId });
}
