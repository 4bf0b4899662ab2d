namespace Conformance.Suites.OXCSTOR.S02_PublicFoldersLogon;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

/// <summary>[MS-OXCSTOR] 3.2.5.1.2: public folders logons that fail or are sent to another server.</summary>
[TestFixture]
public sealed class PublicLogonErrorTests : ConformanceTest
{
    /// <summary>[MS-OXCSTOR] 2.2.1.1.1: bits outside the defined LogonFlags (0x0F) and OpenFlags of a public logon.</summary>
    private static IEnumerable<TestCaseData> UndefinedFlags()
    {
        yield return new TestCaseData((LogonFlags)0x10, OpenFlags.Public).SetArgDisplayNames("LogonFlags 0x10", "PUBLIC");
        yield return new TestCaseData((LogonFlags)0x80, OpenFlags.Public).SetArgDisplayNames("LogonFlags 0x80", "PUBLIC");
        yield return new TestCaseData(LogonFlags.None, OpenFlags.Public | (OpenFlags)0x00000010).SetArgDisplayNames("none", "OpenFlags 0x00000010");
        yield return new TestCaseData(LogonFlags.None, OpenFlags.Public | (OpenFlags)0x00001000).SetArgDisplayNames("none", "OpenFlags 0x00001000");
        yield return new TestCaseData(LogonFlags.None, OpenFlags.Public | (OpenFlags)0x40000000).SetArgDisplayNames("none", "OpenFlags 0x40000000");
    }

    /// <summary>[MS-OXCSTOR] 3.2.5.1.2: logons that go to a container on this server, whichever the Ghosted bit and IGNORE_HOME_MDB say.</summary>
    private static IEnumerable<TestCaseData> LocalContainerRequests()
    {
        yield return new TestCaseData(LogonFlags.None, OpenFlags.Public).SetArgDisplayNames("none", "PUBLIC");
        yield return new TestCaseData(LogonFlags.Ghosted, OpenFlags.Public).SetArgDisplayNames("Ghosted", "PUBLIC");
        yield return new TestCaseData(LogonFlags.None, OpenFlags.Public | OpenFlags.IgnoreHomeMdb).SetArgDisplayNames("none", "IGNORE_HOME_MDB");
        yield return new TestCaseData(LogonFlags.Ghosted, OpenFlags.Public | OpenFlags.IgnoreHomeMdb).SetArgDisplayNames("Ghosted", "IGNORE_HOME_MDB");
    }

    /// <summary>[MS-OXCSTOR] 3.2.5.1.2: without Ghosted, ALTERNATE_SERVER and IGNORE_HOME_MDB the logon goes to the user's default container.</summary>
    private static IEnumerable<TestCaseData> DefaultContainerRequests()
    {
        yield return new TestCaseData(LogonFlags.None).SetArgDisplayNames("none");
        yield return new TestCaseData(LogonFlags.Undercover).SetArgDisplayNames("Undercover");
        yield return new TestCaseData(LogonFlags.Undercover | LogonFlags.SpoolerProcess).SetArgDisplayNames("Undercover|SpoolerProcess");
    }

    [TestCaseSource(nameof(UndefinedFlags))]
    [Requirement("MS-OXCSTOR-R0155")]
    public async Task Public_logon_with_an_undefined_flag_fails_with_ecError(LogonFlags logonFlags, OpenFlags openFlags)
    {
        Assert.That((logonFlags & ~(LogonFlags)0x0F) != 0 || (openFlags & ~LogonFields.DefinedOpenFlags) != 0, "the case sets an undefined bit");
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(MailboxClient.PublicLogonRequest() with { LogonFlags = logonFlags, OpenFlags = openFlags });

        // [MS-OXCSTOR] 3.2.5.1.2: SHOULD be ecError (0x80004005); Exchange's behaviour is undefined (<35>).
        Check("MS-OXCSTOR-R0155", attempt.ReturnValue == ErrorCodes.GeneralFailure, ErrorCodes.Describe(ErrorCodes.GeneralFailure), attempt);
    }

    [TestCaseSource(nameof(LocalContainerRequests))]
    [Requirement("MS-OXCSTOR-R0160")]
    public async Task Public_logon_to_a_server_without_a_public_folder_container_fails_with_ecLoginFailure(LogonFlags logonFlags, OpenFlags openFlags)
    {
        IServerControl control = RequireServerControl("remove the public folder container", "MS-OXCSTOR-R0160");
        control.SetPublicFolderContainerPresent(false);
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(MailboxClient.PublicLogonRequest() with { LogonFlags = logonFlags, OpenFlags = openFlags });

        // [MS-OXCSTOR] 3.2.5.1.2: no container on this server is ecLoginFailure (0x80040111).
        Check("MS-OXCSTOR-R0160", attempt.ReturnValue == ErrorCodes.LogonFailed, ErrorCodes.Describe(ErrorCodes.LogonFailed), attempt);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0157")]
    public async Task ALTERNATE_SERVER_without_another_public_folder_server_fails_with_ecLoginFailure()
    {
        IServerControl control = RequireServerControl("leave the organization without another public folder server", "MS-OXCSTOR-R0157");
        control.SetPublicFolderServers(null, null);
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(MailboxClient.PublicLogonRequest() with { OpenFlags = OpenFlags.Public | OpenFlags.AlternateServer });

        // [MS-OXCSTOR] 3.2.5.1.2: no suitable other server is ecLoginFailure (0x80040111).
        Check("MS-OXCSTOR-R0157", attempt.ReturnValue == ErrorCodes.LogonFailed, ErrorCodes.Describe(ErrorCodes.LogonFailed), attempt);
    }

    [TestCase(LogonFlags.None)]
    [TestCase(LogonFlags.Ghosted)]
    [Requirement("MS-OXCSTOR-R0158")]
    [Requirement("MS-OXCSTOR-R0011")]
    public async Task ALTERNATE_SERVER_is_redirected_to_the_other_public_folder_server(LogonFlags logonFlags)
    {
        string alternate = LogonFields.ServerEssdn("public-alternate");
        IServerControl control = RequireServerControl("provide another public folder server", "MS-OXCSTOR-R0158", "MS-OXCSTOR-R0011");
        control.SetPublicFolderServers(null, alternate);
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(MailboxClient.PublicLogonRequest() with { LogonFlags = logonFlags, OpenFlags = OpenFlags.Public | OpenFlags.AlternateServer });

        // [MS-OXCSTOR] 3.2.5.1.2, 2.2.1.1.2: ecWrongServer (0x00000478) naming the other server; the Ghosted bit does not matter.
        var redirect = attempt.Response as RopLogonRedirectResponse;
        Check("MS-OXCSTOR-R0158", redirect?.ServerName == alternate, $"{ErrorCodes.Describe(ErrorCodes.WrongServer)} naming {alternate}", redirect is null ? attempt : redirect.ServerName);
        Check("MS-OXCSTOR-R0011", LogonFields.EchoesRequest(logonFlags, redirect!.LogonFlags), logonFlags & LogonFields.Echoed, redirect.LogonFlags & LogonFields.Echoed, "LogonFlags bits Private, Undercover, Ghosted of the redirect");
    }

    [TestCaseSource(nameof(DefaultContainerRequests))]
    [Requirement("MS-OXCSTOR-R0159")]
    [Requirement("MS-OXCSTOR-R0013")]
    public async Task Public_logon_is_redirected_to_the_server_of_the_default_container_when_this_one_lacks_it(LogonFlags logonFlags)
    {
        string home = LogonFields.ServerEssdn("public-home");
        IServerControl control = RequireServerControl("home the default public folder container on another server", "MS-OXCSTOR-R0159", "MS-OXCSTOR-R0013");
        control.SetPublicFolderServers(home, null);
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(MailboxClient.PublicLogonRequest() with { LogonFlags = logonFlags });

        // [MS-OXCSTOR] 3.2.5.1.2: ecWrongServer (0x00000478); [MS-OXCSTOR] 2.2.1.1.2: ServerName is the server to use instead.
        var redirect = attempt.Response as RopLogonRedirectResponse;
        Check("MS-OXCSTOR-R0159", redirect is not null, ErrorCodes.Describe(ErrorCodes.WrongServer), attempt);
        CheckEqual("MS-OXCSTOR-R0013", home, redirect!.ServerName, "ServerName of the redirect");
    }

    [TestCase(LogonFlags.Ghosted, OpenFlags.Public)]
    [TestCase(LogonFlags.None, OpenFlags.Public | OpenFlags.IgnoreHomeMdb)]
    [TestCase(LogonFlags.Ghosted, OpenFlags.Public | OpenFlags.IgnoreHomeMdb)]
    [Requirement("MS-OXCSTOR-R0028")]
    public async Task Ghosted_or_IGNORE_HOME_MDB_logs_on_to_the_container_here_though_the_default_is_elsewhere(LogonFlags logonFlags, OpenFlags openFlags)
    {
        IServerControl control = RequireServerControl("home the default public folder container on another server", "MS-OXCSTOR-R0028");
        control.SetPublicFolderServers(LogonFields.ServerEssdn("public-home"), null);
        MailboxClient client = await ConnectAsync();

        // [MS-OXCSTOR] 3.2.5.1.2: Ghosted takes the container present on this server; IGNORE_HOME_MDB allows a container
        // that is not the user's default (and makes the server ignore Ghosted).
        RopLogonPublicFoldersResponse logon = await client.ExpectAsync<RopLogonPublicFoldersResponse>(MailboxClient.PublicLogonRequest() with { LogonFlags = logonFlags, OpenFlags = openFlags });

        // [MS-OXCSTOR] 2.2.1.1.4: Private, Undercover and Ghosted come back as sent.
        Check("MS-OXCSTOR-R0028", LogonFields.EchoesRequest(logonFlags, logon.LogonFlags), logonFlags & LogonFields.Echoed, logon.LogonFlags & LogonFields.Echoed, "LogonFlags bits Private, Undercover, Ghosted");
    }
}
