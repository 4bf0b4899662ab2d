namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;

/// <summary>[MS-OXCSTOR] 3.2.5.1.1: a private logon to a mailbox the server cannot serve, in conditions only server control sets up.</summary>
[TestFixture]
public sealed class MailboxConditionTests : ConformanceTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0142")]
    public async Task Logon_of_a_user_without_a_mailbox_database_fails_with_ecUnknownUser()
    {
        LogonAttempt attempt = await LogonInStateAsync(MailboxState.NoMailboxDatabase, "MS-OXCSTOR-R0142");

        // [MS-OXCSTOR] 3.2.5.1.1, 3.2.5.1.3: ecUnknownUser is 0x000003EB.
        Check("MS-OXCSTOR-R0142", attempt.ReturnValue == ErrorCodes.UnknownUser, ErrorCodes.Describe(ErrorCodes.UnknownUser), attempt);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0145")]
    public async Task Logon_to_a_disabled_mailbox_fails_with_ecUnknownUser()
    {
        LogonAttempt attempt = await LogonInStateAsync(MailboxState.Disabled, "MS-OXCSTOR-R0145");

        // [MS-OXCSTOR] 3.2.5.1.1: SHOULD be ecUnknownUser (0x000003EB); older products answer ecMailboxDisabled or ecLoginFailure (<21>).
        Check("MS-OXCSTOR-R0145", attempt.ReturnValue == ErrorCodes.UnknownUser, ErrorCodes.Describe(ErrorCodes.UnknownUser), attempt);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0227")]
    public async Task Logon_to_a_mailbox_whose_database_is_offline_fails_with_ecLoginFailure()
    {
        LogonAttempt attempt = await LogonInStateAsync(MailboxState.DatabaseOffline, "MS-OXCSTOR-R0227");

        // [MS-OXCSTOR] 3.2.5.1.1: SHOULD be ecLoginFailure (0x80040111); Exchange 2010 and 2013 fail the call instead (<20>).
        Check("MS-OXCSTOR-R0227", attempt.ReturnValue == ErrorCodes.LogonFailed, ErrorCodes.Describe(ErrorCodes.LogonFailed), attempt);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0228")]
    public async Task Logon_to_a_mailbox_in_transit_fails_with_ecMailboxInTransit()
    {
        LogonAttempt attempt = await LogonInStateAsync(MailboxState.InTransit, "MS-OXCSTOR-R0228");

        // [MS-OXCSTOR] 3.2.5.1.1, 3.2.5.1.3: ecMailboxInTransit is 0x0000050C.
        Check("MS-OXCSTOR-R0228", attempt.ReturnValue == ErrorCodes.MailboxInTransit, ErrorCodes.Describe(ErrorCodes.MailboxInTransit), attempt);
    }

    /// <summary>Puts User1's mailbox in <paramref name="state"/> and sends the logon a client sends for it.</summary>
    private async Task<LogonAttempt> LogonInStateAsync(MailboxState state, string id)
    {
        IServerControl control = RequireServerControl($"put a mailbox in state {state}", id);
        control.SetMailboxState(User1.Name, state);
        MailboxClient client = await ConnectAsync();
        return await client.TryLogonAsync(client.PrivateLogonRequest());
    }
}
