namespace Conformance.Suites.OXCSTOR.S90_ClientObligations;

using System.Text;
using Conformance.Adapters.Client;

/// <summary>
/// The RopLogon requests our client builds ([MS-OXCSTOR] 2.2.1.1.1, 3.1.4.1, 3.1.5.1), read from the sent bytes by
/// the layout of [MS-OXCROPS] 2.2.3.1.1: RopId, LogonId, OutputHandleIndex, LogonFlags (1 byte), OpenFlags
/// (4 bytes), StoreState (4 bytes), EssdnSize (2 bytes), Essdn.
/// </summary>
[TestFixture]
public sealed class LogonRequestTests : ConformanceTest
{
    private const int LogonIdAt = 1;
    private const int LogonFlagsAt = 3;
    private const int OpenFlagsAt = 4;
    private const int EssdnSizeAt = 12;
    private const int EssdnAt = 14;

    // [MS-OXCSTOR] 2.2.1.1.1: the LogonFlags bits Private, Undercover, Ghosted, SpoolerProcess.
    private const byte Private = 0x01;
    private const byte DefinedLogonFlags = 0x01 | 0x02 | 0x04 | 0x08;

    // [MS-OXCSTOR] 2.2.1.1.1: the OpenFlags bits.
    private const uint Public = 0x00000002;
    private const uint AlternateServer = 0x00000100;
    private const uint IgnoreHomeMdb = 0x00000200;
    private const uint UsePerMdbReplidMapping = 0x01000000;
    private const uint DefinedOpenFlags = 0x00000001 | Public | 0x00000004 | 0x00000008 | AlternateServer | IgnoreHomeMdb | 0x00000400 | UsePerMdbReplidMapping | 0x20000000;

    [Test]
    [Requirement("MS-OXCSTOR-R0001")]
    [Requirement("MS-OXCSTOR-R0002")]
    [Requirement("MS-OXCSTOR-R0003")]
    [Requirement("MS-OXCSTOR-R0004")]
    [Requirement("MS-OXCSTOR-R0006")]
    [Requirement("MS-OXCSTOR-R0007")]
    [Requirement("MS-OXCSTOR-R0008")]
    [Requirement("MS-OXCSTOR-R0010")]
    [Requirement("MS-OXCSTOR-R0115")]
    public async Task Private_logon_request_has_defined_flags_and_the_users_Essdn_with_its_size()
    {
        MailboxClient client = await LogonAsync();
        byte[] rop = Wire.Request(LastExchange!, Wire.RopLogon);
        byte logonFlags = rop[LogonFlagsAt];
        uint openFlags = Wire.UInt32(rop, OpenFlagsAt);
        ushort essdnSize = Wire.UInt16(rop, EssdnSizeAt);
        byte[] essdn = rop[EssdnAt..];
        byte[] expectedEssdn = [.. Encoding.ASCII.GetBytes(client.User.Essdn), 0x00];

        // [MS-OXCSTOR] 2.2.1.1.1: one LogonFlags byte, Private set for a private mailbox; OpenFlags then starts at
        // offset 4 and the fixed part ends with EssdnSize, so the ROP is 14 bytes plus the Essdn.
        Check("MS-OXCSTOR-R0001", (logonFlags & Private) != 0 && rop.Length == EssdnAt + essdnSize, "Private bit in byte 3, fixed part of 14 bytes", $"LogonFlags 0x{logonFlags:X2}, {rop.Length} bytes with EssdnSize {essdnSize}");
        Check("MS-OXCSTOR-R0002", (logonFlags & ~DefinedLogonFlags) == 0, $"no bits outside 0x{DefinedLogonFlags:X2}", $"0x{logonFlags:X2}");
        Check("MS-OXCSTOR-R0003", Wire.Slice(rop, OpenFlagsAt, 4).AsSpan().SequenceEqual(BitConverter.GetBytes(openFlags)) && (openFlags & DefinedOpenFlags) == openFlags, "a 4-byte little-endian flag set of defined bits", $"0x{openFlags:X8}");
        Check("MS-OXCSTOR-R0004", (openFlags & ~DefinedOpenFlags) == 0, $"no bits outside 0x{DefinedOpenFlags:X8}", $"0x{openFlags:X8}");
        Check("MS-OXCSTOR-R0006", (openFlags & UsePerMdbReplidMapping) != 0, "USE_PER_MDB_REPLID_MAPPING set", $"0x{openFlags:X8}");

        // [MS-OXCSTOR] 2.2.1.1.1: EssdnSize counts the Essdn bytes with the terminator; Essdn is the user's legacy DN in ASCII.
        CheckEqual("MS-OXCSTOR-R0007", expectedEssdn.Length, (int)essdnSize);
        Check("MS-OXCSTOR-R0008", essdn.AsSpan().SequenceEqual(expectedEssdn) && essdn.All(b => b < 0x80), Wire.Hex(expectedEssdn), Wire.Hex(essdn));
        int terminator = Array.IndexOf(essdn, (byte)0x00);
        CheckEqual("MS-OXCSTOR-R0010", terminator + 1, (int)essdnSize, "EssdnSize against the string length up to and including its terminator");

        // [MS-OXCSTOR] 3.1.4.1: the client names the logon in RopLogon and uses that LogonId afterwards.
        byte logonId = rop[LogonIdAt];
        await client.GetReceiveFolderAsync("IPM");
        byte[] next = Wire.Request(LastExchange!, Wire.RopGetReceiveFolder);
        Check("MS-OXCSTOR-R0115", next[LogonIdAt] == logonId, $"LogonId {logonId} in the following ROP", $"LogonId {next[LogonIdAt]}");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0005")]
    [Requirement("MS-OXCSTOR-R0156")]
    [Requirement("MS-OXCSTOR-R0009")]
    public async Task Public_logon_request_sets_PUBLIC_and_clears_Private()
    {
        await LogonPublicAsync();
        byte[] rop = Wire.Request(LastExchange!, Wire.RopLogon);
        byte logonFlags = rop[LogonFlagsAt];
        uint openFlags = Wire.UInt32(rop, OpenFlagsAt);
        ushort essdnSize = Wire.UInt16(rop, EssdnSizeAt);

        // [MS-OXCSTOR] 2.2.1.1.1, 3.2.5.1.2: PUBLIC is set for every public folders logon, Private is not.
        Check("MS-OXCSTOR-R0005", (openFlags & Public) != 0 && (logonFlags & Private) == 0, "PUBLIC set, Private clear", $"OpenFlags 0x{openFlags:X8}, LogonFlags 0x{logonFlags:X2}");
        Check("MS-OXCSTOR-R0156", (openFlags & Public) != 0, "PUBLIC set", $"0x{openFlags:X8}");

        // [MS-OXCSTOR] 2.2.1.1.1 <7>: the client should name the public folder mailbox; older clients send EssdnSize 0.
        Check("MS-OXCSTOR-R0009", essdnSize > 1 && rop.Length == EssdnAt + essdnSize, "the public folder mailbox's legacy DN", essdnSize == 0 ? "EssdnSize 0 (no Essdn)" : Wire.Hex(rop[EssdnAt..]));
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0126")]
    [Requirement("MS-OXCSTOR-R0127")]
    public async Task Alternate_public_server_logons_set_ALTERNATE_SERVER_then_IGNORE_HOME_MDB()
    {
        // [MS-OXCSTOR] 3.1.5.1: ask the private store for another public server with ALTERNATE_SERVER; the server
        // answers with a redirect or a failure, which does not matter here.
        MailboxClient client = await ConnectAsync();
        await client.RunAsync(MailboxClient.AlternatePublicServerLogonRequest());
        uint asked = Wire.UInt32(Wire.Request(LastExchange!, Wire.RopLogon), OpenFlagsAt);
        Check("MS-OXCSTOR-R0126", (asked & AlternateServer) != 0 && (asked & Public) != 0, "PUBLIC and ALTERNATE_SERVER set", $"0x{asked:X8}");

        // [MS-OXCSTOR] 3.1.5.1: the logon at the alternate server clears ALTERNATE_SERVER and sets IGNORE_HOME_MDB.
        MailboxClient redirected = await ConnectAsync();
        await redirected.RunAsync(MailboxClient.AlternatePublicFoldersLogonRequest());
        uint sent = Wire.UInt32(Wire.Request(LastExchange!, Wire.RopLogon), OpenFlagsAt);
        Check("MS-OXCSTOR-R0127", (sent & AlternateServer) == 0 && (sent & IgnoreHomeMdb) != 0, "ALTERNATE_SERVER clear, IGNORE_HOME_MDB set", $"0x{sent:X8}");
    }
}
