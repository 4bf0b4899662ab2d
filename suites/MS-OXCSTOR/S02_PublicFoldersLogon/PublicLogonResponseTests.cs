namespace Conformance.Suites.OXCSTOR.S02_PublicFoldersLogon;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

/// <summary>[MS-OXCSTOR] 2.2.1.1.4: the success response of a public folders logon, with every request flag that leaves it on this server.</summary>
[TestFixture]
public sealed class PublicLogonResponseTests : ConformanceTest
{
    /// <summary>
    /// [MS-OXCSTOR] 2.2.1.1.1, 3.2.5.1.2: Undercover and SpoolerProcess are ignored; Ghosted asks for the container on this
    /// server; HOME_LOGON, TAKE_OWNERSHIP and NO_MAIL are ignored; USE_PER_MDB_REPLID_MAPPING means nothing on a public
    /// logon; IGNORE_HOME_MDB allows a container that is not the user's default; SUPPORT_PROGRESS concerns RopSetReadFlags.
    /// </summary>
    private static IEnumerable<TestCaseData> FlagsWithoutEffect()
    {
        const OpenFlags @public = OpenFlags.Public;
        yield return new TestCaseData(LogonFlags.None, @public).SetArgDisplayNames("none", "PUBLIC");
        yield return new TestCaseData(LogonFlags.Undercover, @public).SetArgDisplayNames("Undercover", "PUBLIC");
        yield return new TestCaseData(LogonFlags.Ghosted, @public).SetArgDisplayNames("Ghosted", "PUBLIC");
        yield return new TestCaseData(LogonFlags.SpoolerProcess, @public).SetArgDisplayNames("SpoolerProcess", "PUBLIC");
        yield return new TestCaseData(LogonFlags.Undercover | LogonFlags.Ghosted | LogonFlags.SpoolerProcess, @public).SetArgDisplayNames("Undercover|Ghosted|SpoolerProcess", "PUBLIC");
        yield return new TestCaseData(LogonFlags.None, @public | OpenFlags.UsePerMdbReplidMapping).SetArgDisplayNames("none", "USE_PER_MDB_REPLID_MAPPING");
        yield return new TestCaseData(LogonFlags.None, @public | OpenFlags.HomeLogon).SetArgDisplayNames("none", "HOME_LOGON");
        yield return new TestCaseData(LogonFlags.None, @public | OpenFlags.TakeOwnership).SetArgDisplayNames("none", "TAKE_OWNERSHIP");
        yield return new TestCaseData(LogonFlags.None, @public | OpenFlags.NoMail).SetArgDisplayNames("none", "NO_MAIL");
        yield return new TestCaseData(LogonFlags.None, @public | OpenFlags.IgnoreHomeMdb).SetArgDisplayNames("none", "IGNORE_HOME_MDB");
        yield return new TestCaseData(LogonFlags.None, @public | OpenFlags.SupportProgress).SetArgDisplayNames("none", "SUPPORT_PROGRESS");
        yield return new TestCaseData(
                LogonFlags.Undercover | LogonFlags.Ghosted | LogonFlags.SpoolerProcess,
                @public | OpenFlags.UsePerMdbReplidMapping | OpenFlags.HomeLogon | OpenFlags.TakeOwnership | OpenFlags.NoMail | OpenFlags.IgnoreHomeMdb | OpenFlags.SupportProgress)
            .SetArgDisplayNames("all but Private", "all but USE_ADMIN_PRIVILEGE and ALTERNATE_SERVER");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0030")]
    [Requirement("MS-OXCSTOR-R0031")]
    [Requirement("MS-OXCSTOR-R0032")]
    public async Task A_public_logon_returns_the_public_folders_and_the_database_replica()
    {
        MailboxClient client = await ConnectAsync();
        RopLogonPublicFoldersResponse logon = await client.LogonPublicAsync();
        PublicFoldersFolderIds folders = logon.FolderIds;

        // [MS-OXCSTOR] 2.2.1.1.4: the root and the two subtrees exist in every public folder container (other folders are
        // left empty by Exchange 2013 and later, <9>); the last three slots are empty; no two folders share an ID.
        ObjectId[] present = [.. folders.ToArray().Where(id => id != default)];
        bool laidOut = folders.PublicFoldersRoot != default && folders.InterpersonalMessagesSubtree != default && folders.NonInterpersonalMessagesSubtree != default
            && folders.Empty1 == default && folders.Empty2 == default && folders.Empty3 == default
            && LogonFields.AreDistinctNonzero(present);
        Check("MS-OXCSTOR-R0030", laidOut, "root, IPM and non-IPM subtrees set, distinct IDs, the last three empty", LogonFields.Describe(folders.ToArray()));

        // [MS-OXCSTOR] 2.2.1.1.4: ReplId is the short form of ReplGuid ([MS-OXCSTOR] 3.2.5.8 maps a REPLID whatever the counter).
        LongTermId mapped = await client.LongTermIdFromIdAsync(new ObjectId(logon.ReplId, folders.PublicFoldersRoot.GlobalCounter));
        CheckEqual("MS-OXCSTOR-R0031", logon.ReplGuid, mapped.DatabaseGuid, $"REPLGUID that RopLongTermIdFromId gives for ReplId 0x{logon.ReplId:X4}");

        // [MS-OXCSTOR] 2.2.1.1.4: ReplGuid is the database's, part of the LongTermID of the IDs it assigned, such as its root's.
        LongTermId root = await client.LongTermIdFromIdAsync(folders.PublicFoldersRoot);
        CheckEqual("MS-OXCSTOR-R0032", logon.ReplGuid, root.DatabaseGuid, "REPLGUID of the LongTermID of the public folders root");
    }

    [TestCaseSource(nameof(FlagsWithoutEffect))]
    [Requirement("MS-OXCSTOR-R0028")]
    [Requirement("MS-OXCSTOR-R0030")]
    public async Task A_public_logon_with_flags_that_keep_it_here_succeeds_and_echoes_its_LogonFlags(LogonFlags logonFlags, OpenFlags openFlags)
    {
        MailboxClient reference = await LogonPublicAsync();
        MailboxClient client = await ConnectAsync();

        RopLogonPublicFoldersResponse logon = await client.ExpectAsync<RopLogonPublicFoldersResponse>(
            MailboxClient.PublicLogonRequest() with { LogonFlags = logonFlags, OpenFlags = openFlags });

        // [MS-OXCSTOR] 2.2.1.1.4: Private, Undercover and Ghosted come back as sent.
        Check("MS-OXCSTOR-R0028", LogonFields.EchoesRequest(logonFlags, logon.LogonFlags), logonFlags & LogonFields.Echoed, logon.LogonFlags & LogonFields.Echoed, "LogonFlags bits Private, Undercover, Ghosted");

        // The same public folder container, so the same folders come back.
        CheckEqual("MS-OXCSTOR-R0030", LogonFields.Describe(reference.PublicFolders!.ToArray()), LogonFields.Describe(logon.FolderIds.ToArray()), "FolderIds against a logon without these flags");
    }
}
