namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>What [MS-OXCSTOR] 2.2.1.1 fixes about RopLogon fields, shared by the private and public logon scenarios.</summary>
public static class LogonFields
{
    /// <summary>[MS-OXCSTOR] 2.2.1.1.2-2.2.1.1.4: the request bits every RopLogon response echoes unchanged.</summary>
    public const LogonFlags Echoed = LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted;

    /// <summary>[MS-OXCSTOR] 2.2.1.1.1: every OpenFlags bit the specification defines.</summary>
    public const OpenFlags DefinedOpenFlags = OpenFlags.UseAdminPrivilege | OpenFlags.Public | OpenFlags.HomeLogon | OpenFlags.TakeOwnership
        | OpenFlags.AlternateServer | OpenFlags.IgnoreHomeMdb | OpenFlags.NoMail | OpenFlags.UsePerMdbReplidMapping | OpenFlags.SupportProgress;

    /// <summary>A server ESSDN for redirects the tests set up through server control ([MS-OXCSTOR] 2.2.1.1.2).</summary>
    public static string ServerEssdn(string name) => $"/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn={name}";

    /// <summary>Whether the response echoes the request's Private, Undercover and Ghosted bits (other bits the client ignores).</summary>
    public static bool EchoesRequest(LogonFlags request, LogonFlags response) => (request & Echoed) == (response & Echoed);

    /// <summary>Whether every Folder ID is set and no two are the same.</summary>
    public static bool AreDistinctNonzero(IReadOnlyCollection<ObjectId> ids) =>
        ids.All(id => id != default) && ids.Distinct().Count() == ids.Count;

    public static string Describe(IEnumerable<ObjectId> ids) => string.Join(", ", ids.Select(id => $"0x{id.ReplicaId:X4}-{id.GlobalCounter:X12}"));
}
