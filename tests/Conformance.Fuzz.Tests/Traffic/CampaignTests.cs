namespace Conformance.Fuzz.Tests.Traffic;

using Conformance.Fuzz.Traffic;

public sealed class CampaignTests
{
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("traffic-fuzz-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private TrafficCampaignOptions Options(long cases, bool resume = false, string kind = "inproc", string? allow = null) => new()
    {
        Target = "broken",
        TargetKind = kind,
        Seed = 5,
        OutputFolder = Path.Combine(folder, "campaign"),
        ReportFolder = Path.Combine(folder, "report"),
        MaximumCases = cases,
        Resume = resume,
        AllowLiveMailbox = allow,
        HangThreshold = TimeSpan.FromMilliseconds(500),
    };

    [Test]
    public async Task On_a_hosted_store_the_content_is_restored_every_Nth_case()
    {
        var server = new Store.StoreServer([BrokenTarget.User]);
        await using var target = new Store.InProcess.InProcessTarget(server);
        Store.Model.Mailbox first = server.FindMailboxByUser(BrokenTarget.User.Name)!;
        TrafficCampaignResult result = await new TrafficCampaign(target, BrokenTarget.User, Options(25) with { RestoreEvery = 10 }, TextWriter.Null).RunAsync(CancellationToken.None);
        Assert.That(result.Cases, Is.EqualTo(25));
        Assert.That(result.TotalFindings, Is.Zero);
        Assert.That(server.FindMailboxByUser(BrokenTarget.User.Name), Is.Not.SameAs(first), "restored at cases 10 and 20");
    }

    [Test]
    public async Task The_state_is_saved_and_a_resumed_campaign_continues_from_it()
    {
        await using (var target = new BrokenTarget(Breakage.None))
        {
            TrafficCampaignResult first = await new TrafficCampaign(target, BrokenTarget.User, Options(40), TextWriter.Null).RunAsync(CancellationToken.None);
            Assert.That(first.Cases, Is.EqualTo(40));
        }

        CampaignState saved = CampaignState.Load(Path.Combine(folder, "campaign"));
        Assert.That((saved.CaseNumber, saved.Seed), Is.EqualTo((40L, 5)));
        Assert.That(saved.Corpus, Is.Not.Empty);

        await using (var target = new BrokenTarget(Breakage.None))
        {
            await new TrafficCampaign(target, BrokenTarget.User, Options(15, resume: true), TextWriter.Null).RunAsync(CancellationToken.None);
        }

        CampaignState resumed = CampaignState.Load(Path.Combine(folder, "campaign"));
        Assert.That(resumed.CaseNumber, Is.EqualTo(55));
        Assert.That(resumed.Corpus, Has.Count.GreaterThanOrEqualTo(saved.Corpus.Count));
    }

    [Test]
    public async Task A_finding_is_saved_once_minimised_reported_and_replays()
    {
        await using var target = new BrokenTarget(Breakage.WrongHandleTableLength);
        TrafficCampaignResult result = await new TrafficCampaign(target, BrokenTarget.User, Options(30), TextWriter.Null).RunAsync(CancellationToken.None);

        // Every case breaks the same way: one finding, its duplicates counted as hits.
        Assert.That(result.TotalFindings, Is.EqualTo(1));
        TrafficFinding finding = new FindingStore(Path.Combine(folder, "campaign")).All().Single();
        Assert.That(finding.Oracle, Is.EqualTo("handle-table"));
        Assert.That(finding.Hits, Is.GreaterThan(1));
        Assert.That(finding.Rops, Has.Count.LessThanOrEqualTo(1), "ddmin keeps at most one chunk");
        Assert.That(File.ReadAllText(Path.Combine(folder, "report", "findings.json")), Does.Contain(finding.Signature));
        Assert.That(File.ReadAllText(Path.Combine(folder, "report", "index.html")), Does.Contain(finding.Signature));

        OracleVerdict? replayed = await TrafficReplay.RunAsync(finding, target, BrokenTarget.User, null, CancellationToken.None);
        Assert.That(replayed?.Signature, Is.EqualTo(finding.Signature));

        target.Breakage = Breakage.None;
        Assert.That(await TrafficReplay.RunAsync(finding, target, BrokenTarget.User, null, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task The_report_encodes_what_the_server_said()
    {
        var finding = new TrafficFinding
        {
            Signature = "s", Oracle = "o", Rop = "r", Kind = "k", Message = "<script>alert(1)</script>", Target = "t", TargetKind = "inproc",
            User = "u", Seed = 1, CaseNumber = 1, HangMilliseconds = 1, Rops = [], HandleSlots = [], RequestHex = string.Empty,
        };
        FindingsReport.Write(Path.Combine(folder, "report"), Path.Combine(folder, "campaign"), [finding]);
        string html = await File.ReadAllTextAsync(Path.Combine(folder, "report", "index.html"));
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
    }

    [TestCase(null)]
    [TestCase("user2")]
    public async Task A_live_campaign_refuses_without_the_test_mailbox(string? allow)
    {
        await using var target = new BrokenTarget(Breakage.None);
        var campaign = new TrafficCampaign(target, BrokenTarget.User, Options(5, kind: "mapihttp", allow: allow), TextWriter.Null);
        Assert.That(() => campaign.RunAsync(CancellationToken.None), Throws.InvalidOperationException.With.Message.Contains("refus"));
        Assert.That(Directory.Exists(Path.Combine(folder, "campaign")), Is.False, "nothing ran");
    }

    [Test]
    public void Live_cases_stay_on_the_prelude_handles()
    {
        var factory = new CaseFactory(new RequestGenerator(live: true), live: true);
        var logon = new TrafficCase([new Protocol.Rops.Store.RopLogonRequest { Essdn = "/o=other" }.ToBytes()], factory.DefaultSlots());
        var byId = new TrafficCase([new Protocol.Rops.Support.RopOpenFolderRequest { InputHandleIndex = 1, OutputHandleIndex = 3, FolderId = new Protocol.Data.ObjectId(1, 2) }.ToBytes()], factory.DefaultSlots());
        var logonHandle = new TrafficCase([new Protocol.Rops.Store.RopGetStoreStateRequest().ToBytes()], [TrafficCase.Prelude(SessionPrelude.LogonHandle)]);
        Assert.That((LiveSafety.IsAllowed(logon), LiveSafety.IsAllowed(byId), LiveSafety.IsAllowed(logonHandle)), Is.EqualTo((false, false, false)));

        var random = new Random(1);
        for (int i = 0; i < 300; i++)
        {
            Assert.That(LiveSafety.IsAllowed(factory.Generate(random)), Is.True);
        }
    }
}
