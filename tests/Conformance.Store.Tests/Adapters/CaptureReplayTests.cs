namespace Conformance.Store.Tests.Adapters;

using System.Text;
using Conformance.Adapters;
using Conformance.Adapters.Capture;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.InProcess;
using Conformance.Store.Tests.Infrastructure;
using Conformance.Targets;

/// <summary>
/// Captures of ROP exchanges and their replay: a short sequence against the in-process store is captured, then
/// played back through the replay target and decoded to the same responses; a replay that sends other bytes, a
/// damaged capture line, and the absence of a configured password from a capture.
/// </summary>
public sealed class CaptureReplayTests
{
    private const string Password = "Correct-Horse-9!battery";

    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("conformance-capture-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_captured_sequence_replays_to_identical_decoded_responses()
    {
        string capture = Path.Combine(folder, "sequence.jsonl");
        IReadOnlyList<RopExchange> live = await CaptureSequenceAsync(capture);

        IReadOnlyList<CaptureRecord> records = CaptureReader.Load(capture);
        Assert.That(records.Select(r => (r.User, r.Session, r.Sequence)), Is.EqualTo(new[] { ("user1", 1, 1), ("user1", 1, 2), ("user2", 2, 1) }));
        Assert.That(records[0].Requests, Is.EqualTo(live[0].Input.RopsList.Select(r => r.ToString())));
        Assert.That(records[1].Responses, Is.EqualTo(live[1].Responses.Select(r => r.ToString())));
        Assert.That(records[0].RequestHex, Is.EqualTo(Convert.ToHexString(live[0].InputBytes)));

        await using ReplayTarget replay = ReplayTarget.Open("replay", capture);
        Assert.That(replay.ServerControl, Is.Null);
        IReadOnlyList<RopExchange> replayed = await RunSequenceAsync(replay);
        Assert.That(replayed.Select(e => e.Responses.Select(r => r.ToString()).ToArray()), Is.EqualTo(live.Select(e => e.Responses.Select(r => r.ToString()).ToArray())));
        Assert.That(replayed.Select(e => e.HandleTable.ToArray()), Is.EqualTo(live.Select(e => e.HandleTable.ToArray())));
    }

    [Test]
    public async Task Replay_of_different_input_bytes_names_the_sequence_and_the_first_differing_offset()
    {
        string capture = Path.Combine(folder, "sequence.jsonl");
        await CaptureSequenceAsync(capture);

        await using ReplayTarget replay = ReplayTarget.Open("replay", capture);
        var session = new RopSession(await replay.ConnectAsync(StoreHarness.User1));
        await StoreHarness.LogonAsync(session);

        // [MS-OXCROPS] 2.2.1: RopSize is 2 bytes, then the RopsList; 2.2.4.2.1: RopId, LogonId, InputHandleIndex of
        // RopGetPropertiesSpecific. Another LogonId is the first difference: offset 2 + 1 = 3.
        ReplayMismatchException? error = await Assert.ThrowsAsync<ReplayMismatchException>(() =>
            session.ExecuteAsync([GetProperties() with { LogonId = 1 }], Handles()));
        Assert.That(error!.Message, Does.Contain("sequence 2").And.Contain("byte offset 3"));
        Assert.That((error.Sequence, error.Offset), Is.EqualTo((2, (int?)3)));
    }

    [Test]
    public async Task Replay_past_the_recorded_exchanges_or_as_another_user_is_refused()
    {
        string capture = Path.Combine(folder, "sequence.jsonl");
        await CaptureSequenceAsync(capture);

        await using ReplayTarget replay = ReplayTarget.Open("replay", capture);
        await using ISession first = await replay.ConnectAsync(StoreHarness.User1);
        await Assert.ThrowsAsync<ReplayMismatchException>(() => replay.ConnectAsync(StoreHarness.User1), "session 2 was user2's");

        var session = new RopSession(first);
        (uint[] handles, _) = await StoreHarness.LogonAsync(session);
        await session.ExecuteAsync([GetProperties()], handles);
        ReplayMismatchException? error = await Assert.ThrowsAsync<ReplayMismatchException>(() => session.ExecuteAsync([GetProperties()], handles));
        Assert.That(error!.Message, Does.Contain("sequence 3 was not recorded"));
    }

    [Test]
    public void A_malformed_capture_line_is_rejected_with_its_line_number()
    {
        string capture = Path.Combine(folder, "damaged.jsonl");
        string good = """{"user":"user1","session":1,"sequence":1,"maximumOutputSize":32768,"requestHex":"0200","responseHex":"0200","returnCode":"0x00000000"}""";
        File.WriteAllLines(capture, [good, string.Empty, good.Replace("\"sequence\":1", "\"sequence\":2", StringComparison.Ordinal), "{\"user\":\"user1\",\"session\":1,"]);
        CaptureFormatException? truncated = Assert.Throws<CaptureFormatException>(() => CaptureReader.Load(capture));
        Assert.That(truncated!.Line, Is.EqualTo(4));
        Assert.That(truncated.Message, Does.Contain("line 4"));

        File.WriteAllLines(capture, [good, good.Replace("\"requestHex\":\"0200\"", "\"requestHex\":\"02G0\"", StringComparison.Ordinal)]);
        CaptureFormatException? hex = Assert.Throws<CaptureFormatException>(() => CaptureReader.Load(capture));
        Assert.That(hex!.Message, Does.Contain("line 2").And.Contain("requestHex"));

        File.WriteAllLines(capture, [good.Replace("\"session\":1", "\"session\":0", StringComparison.Ordinal)]);
        Assert.That(Assert.Throws<CaptureFormatException>(() => CaptureReader.Load(capture))!.Message, Does.Contain("line 1"));
    }

    [Test]
    public async Task A_capture_holds_no_password_of_a_configured_user()
    {
        string capture = Path.Combine(folder, "secret.jsonl");
        TargetUser user = StoreHarness.User1 with { Password = Password };
        var server = new StoreServer([user, StoreHarness.User2 with { Password = Password }]);
        await using (var target = new CapturingTarget(new InProcessTarget(server), new CaptureWriter(capture)))
        {
            await RunSequenceAsync(target, user, StoreHarness.User2 with { Password = Password });
        }

        string text = File.ReadAllText(capture);
        Assert.That(CaptureReader.Load(capture), Has.Count.EqualTo(3), "the capture recorded the sequence");
        foreach (string form in new[] { Password, Convert.ToHexString(Encoding.UTF8.GetBytes(Password)), Convert.ToHexString(Encoding.Unicode.GetBytes(Password)) })
        {
            Assert.That(text, Does.Not.Contain(form).IgnoreCase);
        }
    }

    [Test]
    public async Task The_factory_builds_a_replay_target_from_a_folder_of_test_captures()
    {
        string captured = CaptureFiles.PathFor(folder, "inproc", "Suite.Tests.Some_test(\"with quotes\")");
        await CaptureSequenceAsync(captured);

        var settings = new ConformanceSettings { Target = "replay" };
        settings.Targets["replay"] = new TargetSettings { Kind = "replay", Options = { ["Capture"] = Path.Combine(folder, "inproc") } };
        await using ITarget target = TargetFactory.Create(settings);
        Assert.That((target.Name, target.ServerControl), Is.EqualTo(("replay", (IServerControl?)null)));

        ITarget forTest = ((ITestScopedTarget)target).ForTest("Suite.Tests.Some_test(\"with quotes\")");
        IReadOnlyList<RopExchange> replayed = await RunSequenceAsync(forTest);
        Assert.That(replayed, Has.Count.EqualTo(3));
        await Assert.ThrowsAsync<TargetCapabilityException>(() => ((ITestScopedTarget)target).ForTest("Suite.Tests.Not_captured").ConnectAsync(StoreHarness.User1));

        settings.Targets["replay"].Options.Clear();
        Assert.That(() => TargetFactory.Create(settings), Throws.InvalidOperationException.With.Message.Contain("Options:Capture"));
    }

    [Test]
    public void Capture_file_names_are_portable_and_distinct()
    {
        string plain = CaptureFiles.FileName("Suite.Tests.Plain_name");
        string quoted = CaptureFiles.FileName("Suite.Tests.Case(\"a/b\")");
        string other = CaptureFiles.FileName("Suite.Tests.Case(\"a:b\")");
        Assert.That(plain, Is.EqualTo("Suite.Tests.Plain_name"));
        Assert.That(quoted, Does.Match("^[A-Za-z0-9._\\-(),=]+$"));
        Assert.That(quoted, Is.Not.EqualTo(other));
        Assert.That(CaptureFiles.FileName(new string('x', 400)), Has.Length.LessThan(200));
    }

    private static RopGetPropertiesSpecificRequest GetProperties() => new()
    {
        InputHandleIndex = 0,
        WantUnicode = true,
        PropertyTags = new PropertyTag[] { new(0x0E08, PropertyType.PtypInteger32), new(0x3001, PropertyType.PtypString) },
    };

    private static uint[] Handles() => Enumerable.Repeat(RopSession.UnusedHandle, 8).ToArray();

    private static async Task<IReadOnlyList<RopExchange>> CaptureSequenceAsync(string capture)
    {
        await using var harness = new StoreHarness();
        await using var target = new CapturingTarget(harness.Target, new CaptureWriter(capture));
        return await RunSequenceAsync(target);
    }

    // Session 1 (user1): RopLogon, RopGetPropertiesSpecific on the logon; session 2 (user2): RopLogon.
    private static async Task<IReadOnlyList<RopExchange>> RunSequenceAsync(ITarget target, TargetUser? user1 = null, TargetUser? user2 = null)
    {
        var exchanges = new List<RopExchange>();
        await using var first = new RopSession(await target.ConnectAsync(user1 ?? StoreHarness.User1));
        first.Exchanged += exchanges.Add;
        (uint[] handles, _) = await StoreHarness.LogonAsync(first);
        await first.ExecuteAsync([GetProperties()], handles);

        await using var second = new RopSession(await target.ConnectAsync(user2 ?? StoreHarness.User2));
        second.Exchanged += exchanges.Add;
        await StoreHarness.LogonAsync(second);
        return exchanges;
    }
}
