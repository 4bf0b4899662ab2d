namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using Conformance.Adapters.Client;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.1.1: a private logon naming a mailbox the directory does not know.</summary>
[TestFixture]
public sealed class UnknownUserTests : ConformanceTest
{
    [Test]
    [Requirement("MS-OXCSTOR-R0140")]
    public async Task Logon_with_an_Essdn_unknown_to_the_directory_fails_with_ecUnknownUser()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonRequest request = client.PrivateLogonRequest() with
        {
            Essdn = $"/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=nobody-{TestValues.NewGuid():N}",
        };

        uint returnValue = await client.ReturnValueAsync(request);

        // MS-OXCSTOR 3.2.5.1.1: ecUnknownUser is 0x000003EB ([MS-OXCDATA] 2.4).
        CheckReturnValue("MS-OXCSTOR-R0140", 0x000003EB, returnValue);
    }
}
