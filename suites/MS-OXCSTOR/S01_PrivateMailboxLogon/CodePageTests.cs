namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Data;

/// <summary>[MS-OXCSTOR] 3.2.5.1.1: a private logon on a session whose connection named a code page the server does not know.</summary>
[TestFixture]
public sealed class CodePageTests : ConformanceTest
{
    // No Windows code page has this number.
    private const int UnknownCodePage = 9999;

    [Test]
    [Requirement("MS-OXCSTOR-R0147")]
    public async Task Logon_on_a_session_established_with_an_unknown_code_page_fails_with_ecUnknownCodePage()
    {
        ISession raw;
        try
        {
            raw = await Target.ConnectWithCodePageAsync(User1, UnknownCodePage);
        }
        catch (TargetCapabilityException unsupported)
        {
            Requirements.Current.Inconclusive("MS-OXCSTOR-R0147", unsupported.Message);
            return;
        }

        var session = new RopSession(raw);
        IDisposable analyzer = SuiteRun.Analyzer.Attach(session);
        var client = new MailboxClient(session);
        AddCleanup(async () =>
        {
            analyzer.Dispose();
            await client.DisposeAsync();
        });

        LogonAttempt attempt = await client.TryLogonAsync(client.PrivateLogonRequest());

        // [MS-OXCSTOR] 3.2.5.1.1, 3.2.5.1.3: SHOULD be ecUnknownCodePage (0x000003EF); Exchange 2010 does not (<22>).
        Requirements.Check("MS-OXCSTOR-R0147", attempt.ReturnValue == ErrorCodes.UnknownCodePage, ErrorCodes.Describe(ErrorCodes.UnknownCodePage), attempt, $"connection code page {UnknownCodePage}", client.LastExchange);
    }
}
