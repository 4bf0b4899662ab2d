namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using System.Diagnostics;
using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.1.1, 2.2.1.1.2: a private logon to a mailbox another server hosts.</summary>
[TestFixture]
public sealed class RedirectTests : ConformanceTest
{
    // [MS-OXCSTOR] 3.2.5.1.1: more than five attempts within ten seconds pause the client.
    private const int AttemptsBeforePause = 5;

    private static readonly TimeSpan PauseWindow = TimeSpan.FromSeconds(10);

    private static IEnumerable<TestCaseData> RequestFlags()
    {
        yield return new TestCaseData(LogonFlags.Private).SetArgDisplayNames("Private");
        yield return new TestCaseData(LogonFlags.Private | LogonFlags.Undercover).SetArgDisplayNames("Private|Undercover");
        yield return new TestCaseData(LogonFlags.Private | LogonFlags.Ghosted).SetArgDisplayNames("Private|Ghosted");
        yield return new TestCaseData(LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted | LogonFlags.SpoolerProcess).SetArgDisplayNames("all four");
    }

    [TestCaseSource(nameof(RequestFlags))]
    [Requirement("MS-OXCSTOR-R0011")]
    [Requirement("MS-OXCSTOR-R0013")]
    public async Task Logon_to_a_mailbox_homed_on_another_server_is_redirected_there(LogonFlags logonFlags)
    {
        string home = LogonFields.ServerEssdn("mailbox-home");
        IServerControl control = RequireServerControl("home the mailbox on another server", "MS-OXCSTOR-R0011", "MS-OXCSTOR-R0013");
        control.SetHomeServer(User1.Name, home);
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(client.PrivateLogonRequest() with { LogonFlags = logonFlags });
        if (attempt.Response is not RopLogonRedirectResponse redirect)
        {
            // [MS-OXCSTOR] 3.2.5.1.1: a mailbox this server does not host is answered with ecWrongServer (0x00000478) naming its server.
            Check("MS-OXCSTOR-R0013", false, $"the redirect response ({ErrorCodes.Describe(ErrorCodes.WrongServer)}) naming {home}", attempt);
            return;
        }

        // [MS-OXCSTOR] 2.2.1.1.2: Private, Undercover and Ghosted come back as sent; ServerName is the server hosting the mailbox.
        Check("MS-OXCSTOR-R0011", LogonFields.EchoesRequest(logonFlags, redirect.LogonFlags), logonFlags & LogonFields.Echoed, redirect.LogonFlags & LogonFields.Echoed, "LogonFlags bits Private, Undercover, Ghosted of the redirect");
        CheckEqual("MS-OXCSTOR-R0013", home, redirect.ServerName, "ServerName of the redirect");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0148")]
    public async Task More_than_five_logons_within_ten_seconds_to_a_mailbox_homed_elsewhere_fail_with_ecServerPaused()
    {
        IServerControl control = RequireServerControl("home the mailbox on another server", "MS-OXCSTOR-R0148");
        control.SetHomeServer(User1.Name, LogonFields.ServerEssdn("mailbox-home"));
        MailboxClient client = await ConnectAsync();

        var clock = Stopwatch.StartNew();
        var earlier = new List<LogonAttempt>();
        for (int i = 0; i < AttemptsBeforePause; i++)
        {
            earlier.Add(await client.TryLogonAsync(client.PrivateLogonRequest()));
        }

        LogonAttempt sixth = await client.TryLogonAsync(client.PrivateLogonRequest());
        clock.Stop();
        if (clock.Elapsed >= PauseWindow)
        {
            Requirements.Current.Inconclusive("MS-OXCSTOR-R0148", $"six logons took {clock.Elapsed.TotalSeconds:0.0} s, not less than the ten-second window", LastExchange);
        }

        // [MS-OXCSTOR] 3.2.5.1.1, 3.2.5.1.3: ecServerPaused is 0x0000047F.
        Check(
            "MS-OXCSTOR-R0148",
            sixth.ReturnValue == ErrorCodes.ServerPaused,
            ErrorCodes.Describe(ErrorCodes.ServerPaused),
            sixth,
            $"sixth attempt within {clock.Elapsed.TotalSeconds:0.0} s; the five before: {string.Join(", ", earlier)}");
    }
}
