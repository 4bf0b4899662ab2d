namespace Conformance.Store.Tests.Store;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopLogon, [MS-OXCSTOR] 2.2.1.1 and 3.2.5.1, through ROP bytes.</summary>
public sealed class LogonTests
{
    private static readonly DateTimeOffset Monday = new(2008, 3, 10, 15, 10, 13, TimeSpan.Zero);

    [Test]
    public async Task PrivateLogonReturnsTheMailboxFieldsOf_2_2_1_1_3()
    {
        var clock = new ManualTimeProvider(Monday);
        await using var harness = new StoreHarness(time: clock);
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(client.Handles[0], Is.Not.EqualTo(RopSession.UnusedHandle), "Logon object at OutputHandleIndex");
            Assert.That(logon.LogonFlags, Is.EqualTo(LogonFlags.Private));
            Assert.That(logon.FolderIds.ToArray(), Is.Unique.And.All.Not.EqualTo(default(ObjectId)), "13 special folders");
            Assert.That(logon.ResponseFlags, Is.EqualTo(ResponseFlags.Reserved | ResponseFlags.OwnerRight | ResponseFlags.SendAsRight), "Reserved MUST be set; the owner has owner and send-as rights");
            Assert.That(logon.MailboxGuid, Is.Not.EqualTo(Guid.Empty));
            Assert.That(logon.ReplGuid, Is.Not.EqualTo(Guid.Empty));
            Assert.That(logon.ReplId, Is.Not.Zero);
            Assert.That(logon.LogonTime, Is.EqualTo(new LogonTime(13, 10, 15, DayOfWeek.Monday, 10, 3, 2008)), "server UTC time of the logon");
            Assert.That(logon.StoreState, Is.EqualTo(StoreState.None), "SHOULD be 0");
        });
    }

    [Test]
    public async Task GwartTimeIsTheSameOnEveryLogon()
    {
        // [MS-OXCSTOR] 2.2.1.1.3: it changes only when the GWART changes.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonPrivateMailboxResponse first = await client.LogonPrivateAsync(0, 0);
        RopLogonPrivateMailboxResponse second = await client.LogonPrivateAsync(1, 1);
        Assert.That(second.GwartTime, Is.EqualTo(first.GwartTime));
    }

    [Test]
    public async Task ResponseLogonFlagsEchoOnlyPrivateUndercoverAndGhosted()
    {
        // [MS-OXCSTOR] 2.2.1.1.3: the Private, Undercover and Ghosted flags come back unchanged; SpoolerProcess is ignored.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonRequest request = StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn) with
        {
            LogonFlags = LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted | LogonFlags.SpoolerProcess,
        };
        var logon = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(request);
        Assert.That(logon.LogonFlags, Is.EqualTo(LogonFlags.Private | LogonFlags.Undercover | LogonFlags.Ghosted));
    }

    [Test]
    public async Task OofResponseFlagFollowsTheMailboxOutOfOfficeState()
    {
        // [MS-OXCSTOR] 2.2.1.1.3 OOF flag, 2.2.2.1.2.4 PidTagOutOfOfficeState.
        await using var harness = new StoreHarness();
        lock (harness.Server.Sync)
        {
            harness.Server.FindMailboxByUser("user1")!.Properties.Set(LogonPropertyIds.OutOfOfficeState, PropertyValue.Boolean(true));
        }

        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonPrivateMailboxResponse logon = await client.LogonPrivateAsync();
        Assert.That(logon.ResponseFlags & ResponseFlags.Oof, Is.EqualTo(ResponseFlags.Oof));
    }

    [Test]
    public async Task EssdnMatchesCaseInsensitively()
    {
        // [MS-OXCSTOR] 3.2.5.1.1: the ESSDN is a distinguished name, looked up in the directory.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn.ToUpperInvariant()));
        Assert.That(logon.ResponseFlags & ResponseFlags.OwnerRight, Is.EqualTo(ResponseFlags.OwnerRight));
    }

    [Test]
    public async Task UnknownEssdnFailsWithUnknownUser()
    {
        // [MS-OXCSTOR] 3.2.5.1.1: the ESSDN is not found -> ecUnknownUser.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        uint error = await client.FailAsync(StoreClient.PrivateLogonRequest("/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=nobody"));
        Assert.That(error, Is.EqualTo(ErrorCodes.UnknownUser));
        Assert.That(client.Handles[0], Is.EqualTo(RopSession.UnusedHandle), "no Logon object on failure");
    }

    [TestCase(null)]
    [TestCase("not a distinguished name")]
    public async Task PrivateLogonWithoutAUsableEssdnFailsWithLoginFailure(string? essdn)
    {
        // [MS-OXCSTOR] 3.2.5.1.1: a lookup that fails for another reason than "not found" -> ecLoginFailure.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        uint error = await client.FailAsync(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn) with { Essdn = essdn });
        Assert.That(error, Is.EqualTo(ErrorCodes.LogonFailed));
    }

    [TestCase(MailboxState.InTransit, ErrorCodes.MailboxInTransit)]
    [TestCase(MailboxState.DatabaseOffline, ErrorCodes.LogonFailed)]
    [TestCase(MailboxState.Disabled, ErrorCodes.UnknownUser)]
    [TestCase(MailboxState.NoMailboxDatabase, ErrorCodes.UnknownUser)]
    public async Task MailboxConditionsGiveTheirLogonErrors(MailboxState state, uint expected)
    {
        // [MS-OXCSTOR] 3.2.5.1.1: in transit MUST be ecMailboxInTransit; offline SHOULD be ecLoginFailure;
        // disabled SHOULD be ecUnknownUser; no configured mailbox database MUST be ecUnknownUser.
        await using var harness = new StoreHarness();
        harness.Server.Control.SetMailboxState("user1", state);
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That(await client.FailAsync(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn)), Is.EqualTo(expected));
    }

    [TestCase(DisabledMailboxLogonResult.MailboxDisabled, ErrorCodes.MailboxDisabled)]
    [TestCase(DisabledMailboxLogonResult.LoginFailure, ErrorCodes.LogonFailed)]
    public async Task DisabledMailboxAnswerFollowsTheProductBehaviourOption(DisabledMailboxLogonResult option, uint expected)
    {
        // [MS-OXCSTOR] <21>: Exchange 2003 answers ecMailboxDisabled, Exchange 2007 ecLoginFailure.
        await using var harness = new StoreHarness(new StoreOptions { DisabledMailboxLogon = option });
        harness.Server.Control.SetMailboxState("user1", MailboxState.Disabled);
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That(await client.FailAsync(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn)), Is.EqualTo(expected));
    }

    [Test]
    public async Task MailboxHomedElsewhereRedirectsWithTheServerName()
    {
        // [MS-OXCSTOR] 3.2.5.1.1 and 2.2.1.1.2: ecWrongServer, ServerName = the ESSDN of the right server, flags echoed.
        const string elsewhere = "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=other";
        await using var harness = new StoreHarness();
        harness.Server.Control.SetHomeServer("user1", elsewhere);
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonRequest request = StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn) with { LogonFlags = LogonFlags.Private | LogonFlags.Undercover | LogonFlags.SpoolerProcess };
        var redirect = await client.ExpectAsync<RopLogonRedirectResponse>(request);
        Assert.Multiple(() =>
        {
            Assert.That(redirect.ReturnValue, Is.EqualTo(ErrorCodes.WrongServer));
            Assert.That(redirect.ServerName, Is.EqualTo(elsewhere));
            Assert.That(redirect.LogonFlags, Is.EqualTo(LogonFlags.Private | LogonFlags.Undercover));
            Assert.That(client.Handles[0], Is.EqualTo(RopSession.UnusedHandle));
        });
    }

    [Test]
    public async Task MoreThanFiveRedirectedAttemptsWithinTenSecondsPauseTheClient()
    {
        // [MS-OXCSTOR] 3.2.5.1.1: the sixth attempt within 10 s to a mailbox not hosted here -> ecServerPaused.
        var clock = new ManualTimeProvider(Monday);
        await using var harness = new StoreHarness(time: clock);
        harness.Server.Control.SetHomeServer("user1", "/o=Conformance/cn=Servers/cn=other");
        StoreClient client = await StoreClient.ConnectAsync(harness);
        for (int attempt = 1; attempt <= 5; attempt++)
        {
            Assert.That(await client.RunAsync(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn)), Is.InstanceOf<RopLogonRedirectResponse>(), $"attempt {attempt}");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(await client.FailAsync(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn)), Is.EqualTo(ErrorCodes.ServerPaused));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.That(await client.RunAsync(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn)), Is.InstanceOf<RopLogonRedirectResponse>(), "the window has passed");
    }

    [TestCase((byte)0x10, 0u)]
    [TestCase((byte)0x01, 0x00000010u)]
    [TestCase((byte)0x01, 0x80000000u)]
    public async Task UndefinedLogonOrOpenFlagsFailWithEcError(byte logonFlags, uint extraOpenFlags)
    {
        // [MS-OXCSTOR] 3.2.5.1.1 SHOULD: an undefined flag in LogonFlags or OpenFlags -> ecError.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonRequest request = StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn) with
        {
            LogonFlags = LogonFlags.Private | (LogonFlags)logonFlags,
            OpenFlags = OpenFlags.UsePerMdbReplidMapping | (OpenFlags)extraOpenFlags,
        };
        Assert.That(await client.FailAsync(request), Is.EqualTo(ErrorCodes.GeneralFailure));
    }

    [Test]
    public async Task UndefinedFlagsAreIgnoredWhenTheOptionIsOff()
    {
        // [MS-OXCSTOR] <23>: Exchange's behaviour is undefined; the option lets the logon proceed.
        await using var harness = new StoreHarness(new StoreOptions { RejectUndefinedLogonFlags = false });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonRequest request = StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn) with { LogonFlags = LogonFlags.Private | (LogonFlags)0x10 };
        var logon = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(request);
        Assert.That(logon.LogonFlags, Is.EqualTo(LogonFlags.Private), "an undefined flag is not echoed");
    }

    [Test]
    public async Task SecondLogonToAnotherMailboxNeedsPerMdbReplidMapping()
    {
        // [MS-OXCSTOR] 3.2.5.1.1 SHOULD: an additional logon to a different mailbox without USE_PER_MDB_REPLID_MAPPING -> ecInvalidParameter.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        await client.LogonPrivateAsync();
        RopLogonRequest other = StoreClient.PrivateLogonRequest(StoreHarness.User2.Essdn, 1, 1) with { OpenFlags = OpenFlags.None };
        Assert.That(await client.FailAsync(other), Is.EqualTo(ErrorCodes.InvalidParameter));

        var withFlag = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(other with { OpenFlags = OpenFlags.UsePerMdbReplidMapping });
        var same = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn, 2, 2) with { OpenFlags = OpenFlags.None });
        Assert.Multiple(() =>
        {
            Assert.That(withFlag.ReplGuid, Is.Not.EqualTo(same.ReplGuid), "each mailbox has its own mapping");
            Assert.That(same.ResponseFlags & ResponseFlags.OwnerRight, Is.EqualTo(ResponseFlags.OwnerRight), "the flag is ignored for the first mailbox");
        });
    }

    [Test]
    public async Task LogonToAnotherUsersMailboxSucceedsWithoutOwnerRights()
    {
        // [MS-OXCSTOR] 3.2.5.1.1 <31>: implementation-specific; Exchange 2013 and later answer ecNone.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var logon = await client.ExpectAsync<RopLogonPrivateMailboxResponse>(StoreClient.PrivateLogonRequest(StoreHarness.User2.Essdn));
        Assert.That(logon.ResponseFlags, Is.EqualTo(ResponseFlags.Reserved));
    }

    [TestCase(OtherUserMailboxLogonResult.AccessDenied, ErrorCodes.AccessDenied)]
    [TestCase(OtherUserMailboxLogonResult.LoginPermission, ErrorCodes.LoginPermission)]
    public async Task LogonToAnotherUsersMailboxFollowsTheProductBehaviourOption(OtherUserMailboxLogonResult option, uint expected)
    {
        // [MS-OXCSTOR] <31>: Exchange 2003/2007 ecAccessDenied, Exchange 2010 ecLoginPerm.
        await using var harness = new StoreHarness(new StoreOptions { OtherUserMailboxLogon = option });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That(await client.FailAsync(StoreClient.PrivateLogonRequest(StoreHarness.User2.Essdn)), Is.EqualTo(expected));
    }

    [Test]
    public async Task LogonStoreStateReportsSearchesOnlyWithTheOption()
    {
        // [MS-OXCSTOR] 2.2.1.1.3: StoreState SHOULD be 0; <8> Exchange 2003/2007 report active search folders.
        await using var defaults = new StoreHarness();
        defaults.Server.Control.SetActiveSearchFolders("user1", true);
        StoreClient client = await StoreClient.ConnectAsync(defaults);
        Assert.That((await client.LogonPrivateAsync()).StoreState, Is.EqualTo(StoreState.None));

        await using var legacy = new StoreHarness(new StoreOptions { LogonStoreStateReportsSearches = true });
        legacy.Server.Control.SetActiveSearchFolders("user1", true);
        StoreClient legacyClient = await StoreClient.ConnectAsync(legacy);
        Assert.That((await legacyClient.LogonPrivateAsync()).StoreState, Is.EqualTo(StoreState.StoreHasSearches));
    }

    [Test]
    public async Task PublicLogonReturnsTheFieldsOf_2_2_1_1_4()
    {
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonPublicFoldersResponse logon = await client.LogonPublicAsync();
        ObjectId[] ids = logon.FolderIds.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(client.Handles[0], Is.Not.EqualTo(RopSession.UnusedHandle));
            Assert.That(logon.LogonFlags, Is.EqualTo(LogonFlags.None));
            Assert.That(ids[..10], Is.Unique.And.All.Not.EqualTo(default(ObjectId)), "the ten listed folders");
            Assert.That(ids[10..], Is.All.EqualTo(default(ObjectId)), "three empty entries");
            Assert.That(logon.ReplGuid, Is.Not.EqualTo(Guid.Empty));
            Assert.That(logon.ReplId, Is.Not.Zero);
            Assert.That(logon.PerUserGuid, Is.EqualTo(Guid.Empty), "SHOULD be all zeroes");
        });
    }

    [Test]
    public async Task PublicLogonProductBehaviourOptions()
    {
        // [MS-OXCSTOR] <9>: Exchange 2013+ empty the legacy folder IDs; <10>: Exchange 2007 sets PerUserGuid.
        await using var harness = new StoreHarness(new StoreOptions { PublicLogonOmitsLegacyFolders = true, PublicLogonReturnsPerUserGuid = true });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonPublicFoldersResponse logon = await client.LogonPublicAsync();
        PublicFoldersFolderIds ids = logon.FolderIds;
        Assert.Multiple(() =>
        {
            Assert.That(new[] { ids.FreeBusyData, ids.OfflineAddressBookData, ids.LocalSiteFreeBusyData, ids.LocalSiteOfflineAddressBookData, ids.NntpArticleIndex }, Is.All.EqualTo(default(ObjectId)));
            Assert.That(new[] { ids.PublicFoldersRoot, ids.InterpersonalMessagesSubtree, ids.NonInterpersonalMessagesSubtree, ids.EFormsRegistry, ids.LocaleEFormsRegistry }, Is.All.Not.EqualTo(default(ObjectId)));
            Assert.That(logon.PerUserGuid, Is.Not.EqualTo(Guid.Empty));
        });
    }

    [Test]
    public async Task PublicLogonWithoutThePublicOpenFlagFails()
    {
        // [MS-OXCSTOR] 3.2.5.1.2: OpenFlags MUST have PUBLIC for a public logon.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That(await client.FailAsync(StoreClient.PublicLogonRequest() with { OpenFlags = OpenFlags.None }), Is.EqualTo(ErrorCodes.LogonFailed));
    }

    [TestCase(LogonFlags.None)]
    [TestCase(LogonFlags.Ghosted)]
    public async Task PublicLogonWithoutAContainerFailsWithLoginFailure(LogonFlags flags)
    {
        // [MS-OXCSTOR] 3.2.5.1.2: no public folder container on this server -> ecLoginFailure.
        await using var harness = new StoreHarness();
        harness.Server.Control.SetPublicFolderContainerPresent(false);
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That(await client.FailAsync(StoreClient.PublicLogonRequest() with { LogonFlags = flags }), Is.EqualTo(ErrorCodes.LogonFailed));
    }

    [Test]
    public async Task AlternateServerWithoutAnAlternateFailsWithLoginFailure()
    {
        // [MS-OXCSTOR] 3.2.5.1.2: ALTERNATE_SERVER and no suitable server -> ecLoginFailure.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonRequest request = StoreClient.PublicLogonRequest() with { OpenFlags = OpenFlags.Public | OpenFlags.AlternateServer };
        Assert.That(await client.FailAsync(request), Is.EqualTo(ErrorCodes.LogonFailed));
    }

    [Test]
    public async Task AlternateServerRedirectsToTheAlternatePublicServer()
    {
        // [MS-OXCSTOR] 3.2.5.1.2 and 3.1.5.1: otherwise ecWrongServer naming the alternate server.
        const string alternate = "/o=Conformance/cn=Servers/cn=public2";
        await using var harness = new StoreHarness(new StoreOptions { AlternatePublicFolderServer = alternate });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        RopLogonRequest request = StoreClient.PublicLogonRequest() with { OpenFlags = OpenFlags.Public | OpenFlags.AlternateServer };
        var redirect = await client.ExpectAsync<RopLogonRedirectResponse>(request);
        Assert.That(redirect.ServerName, Is.EqualTo(alternate));
    }

    [Test]
    public async Task PublicLogonGoesToTheDefaultContainerUnlessGhostedOrIgnoreHomeMdb()
    {
        // [MS-OXCSTOR] 3.2.5.1.2: without Ghosted the default container is used, and it is not hosted here -> ecWrongServer;
        // with Ghosted the container on this server is used; IGNORE_HOME_MDB allows a non-default store.
        const string home = "/o=Conformance/cn=Servers/cn=public-home";
        await using var harness = new StoreHarness(new StoreOptions { DefaultPublicFolderServer = home });
        StoreClient client = await StoreClient.ConnectAsync(harness);
        var redirect = await client.ExpectAsync<RopLogonRedirectResponse>(StoreClient.PublicLogonRequest());
        Assert.That(redirect.ServerName, Is.EqualTo(home));

        var ghosted = await client.ExpectAsync<RopLogonPublicFoldersResponse>(StoreClient.PublicLogonRequest(0, 0) with { LogonFlags = LogonFlags.Ghosted });
        Assert.That(ghosted.LogonFlags, Is.EqualTo(LogonFlags.Ghosted));
        await client.ExpectAsync<RopLogonPublicFoldersResponse>(StoreClient.PublicLogonRequest(1, 1) with { OpenFlags = OpenFlags.Public | OpenFlags.IgnoreHomeMdb });
    }

    [TestCase(9999, ErrorCodes.UnknownCodePage)]
    [TestCase(1252, ErrorCodes.Success)]
    public async Task LogonJudgesTheCodePageTheConnectionNamed(int codePage, uint expected)
    {
        // [MS-OXCSTOR] 3.2.5.1.1: a session established with a code page the server does not know SHOULD fail RopLogon
        // with ecUnknownCodePage; a known one changes nothing.
        await using var harness = new StoreHarness();
        await using var session = new RopSession(await harness.Target.ConnectWithCodePageAsync(StoreHarness.User1, codePage));
        RopExchange exchange = await StoreHarness.ExecuteAsync(session, [.. Enumerable.Repeat(RopSession.UnusedHandle, 8)], StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn));
        Assert.That(((IRopResult)exchange.Responses[0]).ReturnValue, Is.EqualTo(expected));
    }

    [Test]
    public async Task ServerControlSetsThePublicFolderServersUntilReset()
    {
        // [MS-OXCSTOR] 3.2.5.1.2: the same redirects as configured servers, set at run time and undone by Reset.
        const string home = "/o=Conformance/cn=Servers/cn=public-home";
        const string alternate = "/o=Conformance/cn=Servers/cn=public2";
        await using var harness = new StoreHarness();
        harness.Server.Control.SetPublicFolderServers(home, alternate);
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That((await client.ExpectAsync<RopLogonRedirectResponse>(StoreClient.PublicLogonRequest())).ServerName, Is.EqualTo(home));
        RopLogonRequest alternateLogon = StoreClient.PublicLogonRequest() with { OpenFlags = OpenFlags.Public | OpenFlags.AlternateServer };
        Assert.That((await client.ExpectAsync<RopLogonRedirectResponse>(alternateLogon)).ServerName, Is.EqualTo(alternate));

        harness.Server.Control.Reset();
        await client.ExpectAsync<RopLogonPublicFoldersResponse>(StoreClient.PublicLogonRequest());
        Assert.That(await client.FailAsync(alternateLogon), Is.EqualTo(ErrorCodes.LogonFailed));
    }

    [Test]
    public async Task OutputHandleIndexOutsideTheTableFails()
    {
        // [MS-OXCROPS] 2.2.1: the output handle index names a slot of the handle table.
        await using var harness = new StoreHarness();
        StoreClient client = await StoreClient.ConnectAsync(harness);
        Assert.That(await client.FailAsync(StoreClient.PrivateLogonRequest(StoreHarness.User1.Essdn, outputHandleIndex: 20)), Is.EqualTo(ErrorCodes.InvalidParameter));
    }
}
