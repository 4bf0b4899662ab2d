namespace Conformance.Suites.OXCSTOR.S04_StoreState;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// [MS-OXCSTOR] 2.2.1.5, 3.2.5.5: RopGetStoreState. A server should leave it unimplemented; one that implements
/// it reports STORE_HAS_SEARCHES exactly when the mailbox has persisted search folders.
/// </summary>
[TestFixture]
public sealed class StoreStateTests : ConformanceTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0171")]
    [Requirement("MS-OXCSTOR-R0172")]
    public async Task RopGetStoreState_is_left_unimplemented_and_answers_NotImplemented()
    {
        MailboxClient client = await LogonAsync();

        uint returnValue = await client.ReturnValueAsync(new RopGetStoreStateRequest { InputHandleIndex = MailboxClient.LogonIndex });
        bool implemented = returnValue == ErrorCodes.Success;

        // [MS-OXCSTOR] 3.2.5.5: a server SHOULD NOT implement the ROP, and then SHOULD answer NotImplemented (0x80040FFF).
        Check("MS-OXCSTOR-R0171", !implemented, "not implemented", implemented ? "implemented (success)" : ErrorCodes.Describe(returnValue));
        if (implemented)
        {
            Requirements.Current.Recorder.RecordInconclusive("MS-OXCSTOR-R0172", "the target implements RopGetStoreState, so the answer of a server that does not is not observable", LastExchange);
        }
        else
        {
            CheckReturnValue("MS-OXCSTOR-R0172", ErrorCodes.NotImplemented, returnValue);
        }
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0175")]
    [Requirement("MS-OXCSTOR-R0176")]
    [Requirement("MS-OXCSTOR-R0053")]
    public async Task STORE_HAS_SEARCHES_is_set_exactly_when_the_mailbox_has_active_search_folders()
    {
        string[] ids = ["MS-OXCSTOR-R0175", "MS-OXCSTOR-R0176", "MS-OXCSTOR-R0053"];
        MailboxClient client = await LogonAsync();
        await RequireImplementedAsync(client, ids);
        IServerControl control = RequireServerControl("give the mailbox active search folders", ids);

        control.SetActiveSearchFolders(User1.Name, false);
        StoreState without = (await client.ExpectAsync<RopGetStoreStateResponse>(new RopGetStoreStateRequest { InputHandleIndex = MailboxClient.LogonIndex })).StoreState;

        // [MS-OXCSTOR] 3.2.5.5: without persisted search folders the flag is clear.
        Check("MS-OXCSTOR-R0176", (without & StoreState.StoreHasSearches) == 0, "STORE_HAS_SEARCHES clear", $"0x{(uint)without:X8}");

        control.SetActiveSearchFolders(User1.Name, true);
        StoreState with = (await client.ExpectAsync<RopGetStoreStateResponse>(new RopGetStoreStateRequest { InputHandleIndex = MailboxClient.LogonIndex })).StoreState;

        // [MS-OXCSTOR] 2.2.1.5.2, 3.2.5.5: with them STORE_HAS_SEARCHES (0x01000000) is set.
        Check("MS-OXCSTOR-R0175", (with & StoreState.StoreHasSearches) != 0, "STORE_HAS_SEARCHES set", $"0x{(uint)with:X8}");
        Check("MS-OXCSTOR-R0053", (with & StoreState.StoreHasSearches) != 0, "0x01000000 set", $"0x{(uint)with:X8}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0174")]
    public async Task An_implemented_RopGetStoreState_on_a_public_folders_logon_fails_with_NotSupported()
    {
        MailboxClient client = await LogonAsync();
        await RequireImplementedAsync(client, "MS-OXCSTOR-R0174");
        MailboxClient publicClient = await LogonPublicAsync();

        uint returnValue = await publicClient.ReturnValueAsync(new RopGetStoreStateRequest { InputHandleIndex = MailboxClient.LogonIndex });

        // [MS-OXCSTOR] 3.2.5.5: NotSupported is 0x80040102.
        CheckReturnValue("MS-OXCSTOR-R0174", ErrorCodes.NotSupported, returnValue);
    }

    /// <summary>Ends the test Inconclusive, recording <paramref name="ids"/> so, when the target does not implement the ROP (the MAY of 3.2.5.5 not taken).</summary>
    private async Task RequireImplementedAsync(MailboxClient client, params string[] ids)
    {
        uint returnValue = await client.ReturnValueAsync(new RopGetStoreStateRequest { InputHandleIndex = MailboxClient.LogonIndex });
        if (returnValue == ErrorCodes.Success)
        {
            return;
        }

        string reason = $"target '{Target.Name}' does not implement RopGetStoreState ({ErrorCodes.Describe(returnValue)}), which [MS-OXCSTOR] 3.2.5.5 recommends; these rules bind only a server that implements it";
        foreach (string id in ids)
        {
            Requirements.Current.Recorder.RecordInconclusive(id, reason, LastExchange);
        }

        Assert.Inconclusive(reason);
    }
}
