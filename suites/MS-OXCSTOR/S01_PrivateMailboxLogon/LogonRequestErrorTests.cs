namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.1.1: private logons whose request itself is wrong: an Essdn the directory cannot look up, undefined flags.</summary>
[TestFixture]
public sealed class LogonRequestErrorTests : ConformanceTest
{
    /// <summary>Essdn values that are no distinguished name at all, so the directory lookup fails for a reason other than "not found".</summary>
    private static IEnumerable<TestCaseData> MalformedEssdns()
    {
        yield return new TestCaseData(null).SetArgDisplayNames("EssdnSize 0");
        yield return new TestCaseData(string.Empty).SetArgDisplayNames("terminator only");
        yield return new TestCaseData("not a distinguished name").SetArgDisplayNames("plain text");
    }

    /// <summary>[MS-OXCSTOR] 2.2.1.1.1: bits outside the defined LogonFlags (0x0F) and OpenFlags of a private logon.</summary>
    private static IEnumerable<TestCaseData> UndefinedFlags()
    {
        const OpenFlags perMdb = OpenFlags.UsePerMdbReplidMapping;
        yield return new TestCaseData(LogonFlags.Private | (LogonFlags)0x10, perMdb).SetArgDisplayNames("LogonFlags 0x10", "defined");
        yield return new TestCaseData(LogonFlags.Private | (LogonFlags)0x80, perMdb).SetArgDisplayNames("LogonFlags 0x80", "defined");
        yield return new TestCaseData(LogonFlags.Private, perMdb | (OpenFlags)0x00000010).SetArgDisplayNames("defined", "OpenFlags 0x00000010");
        yield return new TestCaseData(LogonFlags.Private, perMdb | (OpenFlags)0x00000800).SetArgDisplayNames("defined", "OpenFlags 0x00000800");
        yield return new TestCaseData(LogonFlags.Private, perMdb | (OpenFlags)0x02000000).SetArgDisplayNames("defined", "OpenFlags 0x02000000");
        yield return new TestCaseData(LogonFlags.Private, perMdb | (OpenFlags)0x80000000).SetArgDisplayNames("defined", "OpenFlags 0x80000000");
    }

    [TestCaseSource(nameof(MalformedEssdns))]
    [Requirement("MS-OXCSTOR-R0141")]
    public async Task Logon_with_an_Essdn_the_directory_cannot_look_up_fails_with_ecLoginFailure(string? essdn)
    {
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(client.PrivateLogonRequest() with { Essdn = essdn });

        // [MS-OXCSTOR] 3.2.5.1.1: a lookup failing for another reason than "not found" is ecLoginFailure (0x80040111).
        Check("MS-OXCSTOR-R0141", attempt.ReturnValue == ErrorCodes.LogonFailed, ErrorCodes.Describe(ErrorCodes.LogonFailed), attempt);
    }

    [TestCaseSource(nameof(UndefinedFlags))]
    [Requirement("MS-OXCSTOR-R0149")]
    public async Task Private_logon_with_an_undefined_flag_fails_with_ecError(LogonFlags logonFlags, OpenFlags openFlags)
    {
        Assert.That((logonFlags & ~(LogonFlags)0x0F) != 0 || (openFlags & ~LogonFields.DefinedOpenFlags) != 0, "the case sets an undefined bit");
        MailboxClient client = await ConnectAsync();

        LogonAttempt attempt = await client.TryLogonAsync(client.PrivateLogonRequest() with { LogonFlags = logonFlags, OpenFlags = openFlags });

        // [MS-OXCSTOR] 3.2.5.1.1: SHOULD be ecError (0x80004005); Exchange's behaviour is undefined (<23>).
        Check("MS-OXCSTOR-R0149", attempt.ReturnValue == ErrorCodes.GeneralFailure, ErrorCodes.Describe(ErrorCodes.GeneralFailure), attempt);
    }
}
