namespace Conformance.Suites.OXCSTOR.S01_PrivateMailboxLogon;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;

/// <summary>[MS-OXCSTOR] 2.2.1.1.3: the success response of a private mailbox logon, with every request flag the server is to ignore.</summary>
[TestFixture]
public sealed class PrivateLogonResponseTests : ConformanceTest
{
    // The client's clock and the server's may differ a little; a local time or a wrong field order is hours or more away.
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(15);

    /// <summary>
    /// [MS-OXCSTOR] 2.2.1.1.1: Undercover, Ghosted and SpoolerProcess are ignored by the server; HOME_LOGON, TAKE_OWNERSHIP
    /// and NO_MAIL are ignored; IGNORE_HOME_MDB only concerns public logons; SUPPORT_PROGRESS only changes how
    /// RopSetReadFlags answers later ([MS-OXCMSG] 3.2.5.10). USE_PER_MDB_REPLID_MAPPING stays set, as a client should.
    /// </summary>
    private static IEnumerable<TestCaseData> FlagsWithoutEffect()
    {
        const OpenFlags perMdb = OpenFlags.UsePerMdbReplidMapping;
        yield return new TestCaseData(LogonFlags.Private, perMdb).SetArgDisplayNames("Private", "USE_PER_MDB_REPLID_MAPPING");
        yield return new TestCaseData(LogonFlags.Private | LogonFlags.Undercover, perMdb).SetArgDisplayNames("Private|Undercover", "USE_PER_MDB_REPLID_MAPPING");
        yield return new TestCaseData(LogonFlags.Private | LogonFlags.Ghosted, perMdb).SetArgDisplayNames("Private|Ghosted", "USE_PER_MDB_REPLID_MAPPING");
        yield return new TestCaseData(LogonFlags.Private | LogonFlags.SpoolerProcess, perMdb).SetArgDisplayNames("Private|SpoolerProcess", "USE_PER_MDB_REPLID_MAPPING");
        yield return new TestCaseData(LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted | LogonFlags.SpoolerProcess, perMdb)
            .SetArgDisplayNames("Private|Undercover|Ghosted|SpoolerProcess", "USE_PER_MDB_REPLID_MAPPING");
        yield return new TestCaseData(LogonFlags.Private, perMdb | OpenFlags.HomeLogon).SetArgDisplayNames("Private", "HOME_LOGON");
        yield return new TestCaseData(LogonFlags.Private, perMdb | OpenFlags.TakeOwnership).SetArgDisplayNames("Private", "TAKE_OWNERSHIP");
        yield return new TestCaseData(LogonFlags.Private, perMdb | OpenFlags.NoMail).SetArgDisplayNames("Private", "NO_MAIL");
        yield return new TestCaseData(LogonFlags.Private, perMdb | OpenFlags.IgnoreHomeMdb).SetArgDisplayNames("Private", "IGNORE_HOME_MDB");
        yield return new TestCaseData(LogonFlags.Private, perMdb | OpenFlags.SupportProgress).SetArgDisplayNames("Private", "SUPPORT_PROGRESS");
        yield return new TestCaseData(
                LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted | LogonFlags.SpoolerProcess,
                perMdb | OpenFlags.HomeLogon | OpenFlags.TakeOwnership | OpenFlags.NoMail | OpenFlags.IgnoreHomeMdb | OpenFlags.SupportProgress)
            .SetArgDisplayNames("all LogonFlags", "all ignored OpenFlags");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0017")]
    [Requirement("MS-OXCSTOR-R0018")]
    [Requirement("MS-OXCSTOR-R0020")]
    [Requirement("MS-OXCSTOR-R0023")]
    public async Task A_private_logon_returns_the_mailbox_folders_the_Reserved_flag_its_replica_and_the_logon_time()
    {
        MailboxClient client = await ConnectAsync();
        DateTime before = DateTime.UtcNow;
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();
        DateTime after = DateTime.UtcNow;

        // [MS-OXCSTOR] 2.2.1.1.3: LogonTime is the server's UTC time of this logon; DayOfWeek belongs to that date
        // ([MS-OXCROPS] 2.2.3.1.2.1, 0 = Sunday).
        DateTime? time = logon.LogonTime.ToDateTime();
        bool timely = time is { } at && at >= before.Add(-ClockTolerance).AddSeconds(-1) && at <= after.Add(ClockTolerance)
            && at.DayOfWeek == logon.LogonTime.DayOfWeek;
        Check("MS-OXCSTOR-R0023", timely, $"a UTC time between {before:u} and {after:u} (+/- {ClockTolerance.TotalMinutes} min), on its day of the week", logon.LogonTime);

        // [MS-OXCSTOR] 2.2.1.1.3: the Reserved bit (0x01) is always set.
        Check("MS-OXCSTOR-R0018", logon.ResponseFlags.HasFlag(ResponseFlags.Reserved), "Reserved (0x01) set", $"0x{(byte)logon.ResponseFlags:X2}");

        // [MS-OXCSTOR] 2.2.1.1.3: ReplId is the short form of ReplGuid, so the logon maps it to ReplGuid ([MS-OXCSTOR] 3.2.5.8
        // maps a REPLID whatever the counter).
        LongTermId mapped = await client.LongTermIdFromIdAsync(new ObjectId(logon.ReplId, logon.FolderIds.Inbox.GlobalCounter));
        CheckEqual("MS-OXCSTOR-R0020", logon.ReplGuid, mapped.DatabaseGuid, $"REPLGUID that RopLongTermIdFromId gives for ReplId 0x{logon.ReplId:X4}");

        // [MS-OXCSTOR] 2.2.1.1.3: 13 Folder IDs of distinct folders of this mailbox, each of which can be opened.
        ObjectId[] folders = logon.FolderIds.ToArray();
        var unopened = new List<string>();
        foreach (ObjectId folder in folders)
        {
            uint opened = await client.ReturnValueAsync(new RopOpenFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, OutputHandleIndex = 1, FolderId = folder });
            if (opened != ErrorCodes.Success)
            {
                unopened.Add($"{LogonFields.Describe([folder])}: {ErrorCodes.Describe(opened)}");
            }
        }

        Check(
            "MS-OXCSTOR-R0017",
            LogonFields.AreDistinctNonzero(folders) && unopened.Count == 0,
            "13 distinct nonzero Folder IDs of folders that open",
            unopened.Count == 0 ? LogonFields.Describe(folders) : string.Join("; ", unopened));
    }

    [TestCaseSource(nameof(FlagsWithoutEffect))]
    [Requirement("MS-OXCSTOR-R0015")]
    [Requirement("MS-OXCSTOR-R0017")]
    public async Task A_private_logon_with_flags_the_server_ignores_succeeds_and_echoes_its_LogonFlags(LogonFlags logonFlags, OpenFlags openFlags)
    {
        MailboxClient reference = await LogonAsync();
        MailboxClient client = await ConnectAsync();

        RopLogonPrivateMailboxResponse logon = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(
            client.PrivateLogonRequest() with { LogonFlags = logonFlags, OpenFlags = openFlags });

        // [MS-OXCSTOR] 2.2.1.1.3: Private, Undercover and Ghosted come back as sent.
        Check("MS-OXCSTOR-R0015", LogonFields.EchoesRequest(logonFlags, logon.LogonFlags), logonFlags & LogonFields.Echoed, logon.LogonFlags & LogonFields.Echoed, "LogonFlags bits Private, Undercover, Ghosted");

        // Flags without effect leave the logon on the same mailbox, so the same special folders come back.
        CheckEqual("MS-OXCSTOR-R0017", LogonFields.Describe(reference.Folders.ToArray()), LogonFields.Describe(logon.FolderIds.ToArray()), "FolderIds against a logon without these flags");
    }
}
