namespace Conformance.Suites.OXCSTOR.S90_ClientObligations;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;

/// <summary>
/// ROPs meant for one kind of logon ([MS-OXCSTOR] 2.2.1.3.1 to 2.2.1.11.1): our client sends them with the LogonId of
/// a logon of that kind and refuses, sending nothing, on the other kind.
/// </summary>
[TestFixture]
public sealed class LogonKindTests : ConformanceTest
{
    private const int LogonIdAt = 1;

    // [MS-OXCROPS] 2.2.3.1.3: RopId, OutputHandleIndex, ReturnValue (4), LogonFlags, then 13 Folder IDs (the
    // interpersonal messages subtree second), ReplId (2), ReplGuid (16).
    private const int PublicSubtreeInLogonResponse = 7 + 8;
    private const int PublicReplGuidInLogonResponse = 7 + (13 * 8) + 2;

    [Test]
    [Requirement("MS-OXCSTOR-R0041")]
    [Requirement("MS-OXCSTOR-R0045")]
    [Requirement("MS-OXCSTOR-R0051")]
    [Requirement("MS-OXCSTOR-R0077")]
    [Requirement("MS-OXCSTOR-R0082")]
    public async Task Private_mailbox_ROPs_go_to_the_private_logon_and_are_refused_on_a_public_one()
    {
        MailboxClient publicClient = await LogonPublicAsync();
        Guid publicDatabase = new(Wire.Slice(Wire.Response(LastExchange!, Wire.RopLogon), PublicReplGuidInLogonResponse, 16));
        LongTermId folder = await publicClient.LongTermIdFromIdAsync(publicClient.PublicFolders!.InterpersonalMessagesSubtree);
        var publicLog = new ExchangeLog(publicClient);
        string messageClass = $"IPM.Conformance.K{TestValues.NewGuid():N}";

        var refused = new Dictionary<string, bool>
        {
            ["MS-OXCSTOR-R0041"] = await RefusesAsync(() => publicClient.SetReceiveFolderAsync(new ObjectId(0, 0), messageClass)),
            ["MS-OXCSTOR-R0045"] = await RefusesAsync(publicClient.GetReceiveFolderTableAsync),
            ["MS-OXCSTOR-R0051"] = await RefusesAsync(publicClient.GetStoreStateAsync),
            ["MS-OXCSTOR-R0077"] = await RefusesAsync(() => publicClient.GetPerUserLongTermIdsAsync(publicDatabase)),
            ["MS-OXCSTOR-R0082"] = await RefusesAsync(() => publicClient.GetPerUserGuidAsync(folder)),
        };
        bool nothingSent = publicLog.Count == 0;

        MailboxClient client = await LogonAsync();
        byte[] logon = Wire.Request(LastExchange!, Wire.RopLogon);
        byte privateLogonId = logon[LogonIdAt];
        bool logonIsPrivate = (logon[3] & 0x01) != 0; // [MS-OXCSTOR] 2.2.1.1.1: the Private bit of LogonFlags
        TargetUser owner = client.User;
        AddCleanup(async () =>
        {
            await using MailboxClient cleaner = new(new RopSession(await Target.ConnectAsync(owner)));
            await cleaner.LogonPrivateAsync();
            await cleaner.SetReceiveFolderAsync(new ObjectId(0, 0), messageClass);
        });

        await client.SetReceiveFolderAsync(client.Folders.Inbox, messageClass);
        Record("MS-OXCSTOR-R0041", Wire.RopSetReceiveFolder);
        await client.GetReceiveFolderTableAsync();
        Record("MS-OXCSTOR-R0045", Wire.RopGetReceiveFolderTable);

        // [MS-OXCSTOR] <11>: later servers do not implement RopGetStoreState; the request is what counts here.
        await client.GetStoreStateAsync();
        Record("MS-OXCSTOR-R0051", Wire.RopGetStoreState);
        await client.GetPerUserLongTermIdsAsync(publicDatabase);
        Record("MS-OXCSTOR-R0077", Wire.RopGetPerUserLongTermIds);
        await client.GetPerUserGuidAsync(folder);
        Record("MS-OXCSTOR-R0082", Wire.RopGetPerUserGuid);

        void Record(string id, byte ropId)
        {
            byte sentOn = Wire.Request(LastExchange!, ropId)[LogonIdAt];
            Check(id, logonIsPrivate && sentOn == privateLogonId && refused[id] && nothingSent, $"sent with the private logon's LogonId {privateLogonId}, refused unsent on the public logon", $"LogonId {sentOn}, refused on public: {refused[id]}, nothing sent there: {nothingSent}");
        }
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0055")]
    [Requirement("MS-OXCSTOR-R0056")]
    [Requirement("MS-OXCSTOR-R0063")]
    [Requirement("MS-OXCSTOR-R0064")]
    public async Task Public_folder_replica_ROPs_go_to_the_public_logon_with_the_Folder_ID_as_returned()
    {
        MailboxClient privateClient = await LogonAsync();
        var privateLog = new ExchangeLog(privateClient);
        ObjectId someFolder = privateClient.Folders.InterpersonalMessagesSubtree;
        bool owningRefused = await RefusesAsync(() => privateClient.GetOwningServersAsync(someFolder));
        bool ghostedRefused = await RefusesAsync(() => privateClient.PublicFolderIsGhostedAsync(someFolder));
        bool nothingSent = privateLog.Count == 0;

        MailboxClient client = await LogonPublicAsync();
        byte[] subtree = Wire.Slice(Wire.Response(LastExchange!, Wire.RopLogon), PublicSubtreeInLogonResponse, 8);
        byte[] logon = Wire.Request(LastExchange!, Wire.RopLogon);
        byte publicLogonId = logon[LogonIdAt];
        bool logonIsPublic = (logon[3] & 0x01) == 0 && (Wire.UInt32(logon, 4) & 0x00000002) != 0; // Private clear, PUBLIC set

        // The server's answer does not matter here (a subtree may have no other replica); the request does.
        await IgnoringFailureAsync(() => client.GetOwningServersAsync(client.PublicFolders!.InterpersonalMessagesSubtree));
        byte[] owning = Wire.Request(LastExchange!, Wire.RopGetOwningServers);
        Check("MS-OXCSTOR-R0055", logonIsPublic && owning[LogonIdAt] == publicLogonId && owningRefused && nothingSent, $"sent with the public logon's LogonId {publicLogonId}, refused unsent on the private logon", $"LogonId {owning[LogonIdAt]}, refused on private: {owningRefused}, nothing sent there: {nothingSent}");
        Check("MS-OXCSTOR-R0056", owning.Length == 11 && owning.AsSpan(3, 8).SequenceEqual(subtree), Wire.Hex(subtree), Wire.Hex(owning.AsSpan(3)), "FolderId: the 8 bytes after InputHandleIndex, ending the ROP, against the logon response");

        await IgnoringFailureAsync(() => client.PublicFolderIsGhostedAsync(client.PublicFolders!.InterpersonalMessagesSubtree));
        byte[] ghosted = Wire.Request(LastExchange!, Wire.RopPublicFolderIsGhosted);
        Check("MS-OXCSTOR-R0063", logonIsPublic && ghosted[LogonIdAt] == publicLogonId && ghostedRefused && nothingSent, $"sent with the public logon's LogonId {publicLogonId}, refused unsent on the private logon", $"LogonId {ghosted[LogonIdAt]}, refused on private: {ghostedRefused}, nothing sent there: {nothingSent}");
        Check("MS-OXCSTOR-R0064", ghosted.Length == 11 && ghosted.AsSpan(3, 8).SequenceEqual(subtree), Wire.Hex(subtree), Wire.Hex(ghosted.AsSpan(3)), "FolderId: the 8 bytes after InputHandleIndex, ending the ROP, against the logon response");
    }

    private static async Task<bool> RefusesAsync(Func<Task> send)
    {
        try
        {
            await send();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static async Task IgnoringFailureAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (RopFailedException)
        {
            // The request was sent; its answer is not what this test checks.
        }
    }
}
