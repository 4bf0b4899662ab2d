namespace Conformance.Harness.Tests.Traceability;

using Conformance.Adapters;
using Conformance.Harness.Catalog;
using Conformance.Harness.Tests.Catalog;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;

/// <summary>The adapter-level analyzer on synthetic exchanges built from codec records.</summary>
public sealed class AdapterAnalyzerTests
{
    private static readonly RopOpenStreamRequest OpenStream = new() { InputHandleIndex = 0, OutputHandleIndex = 1, PropertyTag = new PropertyTag(0x1000, PropertyType.PtypBinary) };

    [Test]
    public void EveryAdapterLayoutEntryIsBoundToAResponseField()
    {
        SpecificationDocument[] documents = [.. new[] { "000_8329ee2644ed3b81.txt", "001_752666a688d44e12.txt", "002_434183b08cc4d1c1.txt" }
            .Select(f => SpecificationDocument.Load(Path.Combine(Seeds.Directory(), f)))];
        IReadOnlyList<LayoutRule> rules = LayoutRuleSet.Build(documents, TestCatalogs.Index, out IReadOnlyList<string> unbound);
        int expected = TestCatalogs.Index.Entries.Count(e => e.Kind == StatementKind.Layout && e.Verification == VerificationKind.Adapter);
        Assert.Multiple(() =>
        {
            Assert.That(unbound, Is.Empty);
            Assert.That(rules, Has.Count.EqualTo(expected));
            Assert.That(rules.Single(r => r.Entry.Id == "MS-OXCPRPT-R0083"), Has.Property(nameof(LayoutRule.Rop)).EqualTo(RopId.RopOpenStream).And.Property(nameof(LayoutRule.Field)).EqualTo("StreamSize"));
            Assert.That(rules.Single(r => r.Entry.Id == "MS-OXCSTOR-R0025"), Has.Property(nameof(LayoutRule.Variant)).EqualTo(ResponseVariant.PrivateMailbox));
            Assert.That(rules.Where(r => r.Entry.Section == "2.2.1.7.2").Select(r => r.Rop), Is.All.EqualTo(RopId.RopPublicFolderIsGhosted));
            Assert.That(rules.Single(r => r.Entry.Id == "MS-OXCSTOR-R0065").Field, Is.EqualTo("IsGhosted"), "the seed's IsGhosed typo");
        });
    }

    [TestCase("RopOpenStream ROP Response Buffer", RopId.RopOpenStream, ResponseVariant.Success)]
    [TestCase("RopLogon ROP Redirect Response Buffer", RopId.RopLogon, ResponseVariant.Redirect)]
    [TestCase("RopLogon ROP Success Response Buffer for Public Folders", RopId.RopLogon, ResponseVariant.PublicFolders)]
    [TestCase("RopGetStoreState ROP Failure Response Buffer", RopId.RopGetStoreState, ResponseVariant.Failure)]
    public void SectionTitlesNameTheRopAndVariant(string title, RopId rop, ResponseVariant variant) =>
        Assert.That(LayoutRuleSet.ParseTitle(title), Is.EqualTo((rop, variant)));

    [Test]
    public void ADecodedResponsePassesItsLayoutEntries()
    {
        IReadOnlyList<Checkpoint> recorded = Analyze(SyntheticExchanges.Of([OpenStream], new RopOpenStreamResponse { OutputHandleIndex = 1, StreamSize = 12 }));
        Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCPRPT-R0083"), Has.Property(nameof(Checkpoint.Outcome)).EqualTo(CheckpointOutcome.Passed)
            .And.Property(nameof(Checkpoint.Source)).EqualTo(CheckpointSource.Adapter)
            .And.Property(nameof(Checkpoint.Exchange)).Null);
    }

    [Test]
    public void AFailureResponseDoesNotPassFieldsItLacks()
    {
        IReadOnlyList<Checkpoint> recorded = Analyze(SyntheticExchanges.Of([OpenStream], new RopFailureResponse(RopId.RopOpenStream, 1, 0x8004010F)));
        Assert.That(recorded, Is.Empty);
    }

    [Test]
    public void CountFieldsPassWhenTheArrayTheyCountIsPresent()
    {
        var request = new RopSetPropertiesRequest { InputHandleIndex = 0, PropertyValues = new TaggedPropertyValue[] { } };
        IReadOnlyList<Checkpoint> recorded = Analyze(SyntheticExchanges.Of([request], new RopSetPropertiesResponse { PropertyProblems = new PropertyProblem[] { } }));
        Assert.That(recorded.Select(c => c.RequirementId), Is.EquivalentTo(new[] { "MS-OXCPRPT-R0018", "MS-OXCPRPT-R0019" }));
    }

    [Test]
    public void ADecodingFailureOnAFieldFailsItsEntryWithTheCodecMessage()
    {
        byte[] response = new RopOpenStreamResponse { OutputHandleIndex = 1, StreamSize = 12 }.ToBytes();
        RopExchange exchange = SyntheticExchanges.Raw([OpenStream], response[..^2]);
        Assume.That(exchange.DecodeFailure, Is.Not.Null);
        Checkpoint failed = Analyze(exchange).Single();
        Assert.Multiple(() =>
        {
            Assert.That(failed.RequirementId, Is.EqualTo("MS-OXCPRPT-R0083"));
            Assert.That(failed.Outcome, Is.EqualTo(CheckpointOutcome.Failed));
            Assert.That(failed.Message, Is.EqualTo(exchange.DecodeFailure!.Message).And.Contain("StreamSize"));
            Assert.That(failed.Exchange!.ResponseHex, Is.EqualTo(Convert.ToHexString(exchange.Result.RopOutputBuffer)));
            Assert.That(failed.Exchange.DecodeFailure, Is.EqualTo(exchange.DecodeFailure.Message));
        });
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0111")]
    public void ProgressTotalBelowCompletedFails()
    {
        RopRequest[] progress = [new RopProgressRequest { InputHandleIndex = 0 }];
        Assert.Multiple(() =>
        {
            Assert.That(Outcome(SyntheticExchanges.Of(progress, new RopProgressResponse { CompletedTaskCount = 3, TotalTaskCount = 2 }), "MS-OXCPRPT-R0111"), Is.EqualTo(CheckpointOutcome.Failed));
            Assert.That(Outcome(SyntheticExchanges.Of(progress, new RopProgressResponse { CompletedTaskCount = 3, TotalTaskCount = 3 }), "MS-OXCPRPT-R0111"), Is.EqualTo(CheckpointOutcome.Passed));
        });
    }

    [TestCase((byte)2, 2u, CheckpointOutcome.Passed)]
    [TestCase((byte)2, 3u, CheckpointOutcome.Failed)]
    [Requirement("MS-OXCPRPT-R0049")]
    public void NullDestinationEchoesDestHandleIndex(byte sent, uint returned, CheckpointOutcome outcome)
    {
        var request = new RopCopyPropertiesRequest { SourceHandleIndex = 0, DestHandleIndex = sent, PropertyTags = new PropertyTag[] { } };
        var response = new RopCopyPropertiesNullDestinationResponse { SourceHandleIndex = 0, DestHandleIndex = returned };
        Checkpoint checkpoint = Analyze(SyntheticExchanges.Of([request], response)).Single(c => c.RequirementId == "MS-OXCPRPT-R0049");
        Assert.Multiple(() =>
        {
            Assert.That(checkpoint.Outcome, Is.EqualTo(outcome));
            Assert.That(checkpoint.Exchange, outcome == CheckpointOutcome.Failed ? Is.Not.Null : Is.Null);
        });
    }

    [Test]
    public void ReadStreamReturnsNoMoreThanAsked()
    {
        var ask = new RopReadStreamRequest { InputHandleIndex = 0, ByteCount = 2 };
        IReadOnlyList<Checkpoint> recorded = Analyze(SyntheticExchanges.Of([ask], new RopReadStreamResponse { Data = new byte[] { 1, 2, 3 } }));
        Assert.Multiple(() =>
        {
            Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCPRPT-R0205").Outcome, Is.EqualTo(CheckpointOutcome.Failed));
            Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCPRPT-R0248").Outcome, Is.EqualTo(CheckpointOutcome.Failed));
            Assert.That(recorded.Any(c => c.RequirementId == "MS-OXCPRPT-R0247"), Is.False, "0xBABE rule applies only to ByteCount 0xBABE");
        });
    }

    [Test]
    public void PrivateLogonStoreStateIsAShouldAndReservedBitAMust()
    {
        var request = new RopLogonRequest { OutputHandleIndex = 0, LogonFlags = LogonFlags.Private, Essdn = "/o=x/cn=user" };
        ObjectId[] ids = [.. Enumerable.Range(1, 13).Select(i => new ObjectId(1, (ulong)i))];
        var response = new RopLogonPrivateMailboxResponse
        {
            LogonFlags = LogonFlags.Private,
            FolderIds = new PrivateMailboxFolderIds(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], ids[9], ids[10], ids[11], ids[12]),
            ResponseFlags = ResponseFlags.OwnerRight,
            StoreState = StoreState.StoreHasSearches,
        };
        IReadOnlyList<Checkpoint> recorded = Analyze(SyntheticExchanges.Of([request], response));
        Assert.Multiple(() =>
        {
            Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCSTOR-R0026").Outcome, Is.EqualTo(CheckpointOutcome.ShouldNotFollowed));
            Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCSTOR-R0018").Outcome, Is.EqualTo(CheckpointOutcome.Failed));
            Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCSTOR-R0025").Outcome, Is.EqualTo(CheckpointOutcome.Passed));
            Assert.That(recorded.Any(c => c.RequirementId == "MS-OXCSTOR-R0033"), Is.False, "public folders fields do not apply to a private logon");
        });
    }

    [Test]
    public async Task AttachedToASessionItSeesDecodedAndUndecodableAnswers()
    {
        byte[] good = new RopOutputBuffer(new RopResponse[] { new RopOpenStreamResponse { OutputHandleIndex = 1, StreamSize = 4 } }, new uint[] { 1, 2 }).ToBytes();
        byte[] truncated = new RopOpenStreamResponse { OutputHandleIndex = 1 }.ToBytes()[..^1];
        byte[] bad = [.. BitConverter.GetBytes((ushort)(truncated.Length + 2)), .. truncated, 1, 0, 0, 0, 2, 0, 0, 0];
        using var sink = CheckpointSink.InMemory();
        var analyzer = new AdapterAnalyzer(TestCatalogs.Recorder(sink), TestCatalogs.LayoutRules);
        await using var session = new RopSession(new CannedSession(good, bad));
        using (analyzer.Attach(session))
        {
            await session.ExecuteAsync([OpenStream], [1, 0xFFFFFFFF]);
            await Assert.ThrowsAsync<Conformance.Protocol.Encoding.ProtocolException>(() => session.ExecuteAsync([OpenStream], [1, 0xFFFFFFFF]));
        }

        Assert.That(sink.Recorded.Where(c => c.RequirementId == "MS-OXCPRPT-R0083").Select(c => c.Outcome), Is.EqualTo(new[] { CheckpointOutcome.Passed, CheckpointOutcome.Failed }));
    }

    [Test]
    public void EveryConcreteCheckNamesANormativeAdapterEntry()
    {
        Assert.That(
            NormativeChecks.All.Select(c => TestCatalogs.Index.Get(c.Id)).Where(e => e.Kind != StatementKind.Normative || e.Verification != VerificationKind.Adapter).Select(e => e.Id),
            Is.Empty);
    }

    [Test]
    public void EveryCodecEnforcedRuleNamesANormativeAdapterEntry()
    {
        Assert.That(
            CodecEnforcedRules.All.Select(r => TestCatalogs.Index.Get(r.Id)).Where(e => e.Kind != StatementKind.Normative || e.Verification != VerificationKind.Adapter).Select(e => e.Id),
            Is.Empty);
    }

    [Test]
    public void ACodecEnforcedEntryPassesWhenTheResponseDecodesAndFailsWhenItsDataIsShort()
    {
        var ask = new RopReadStreamRequest { InputHandleIndex = 0, ByteCount = 4 };
        byte[] response = new RopReadStreamResponse { Data = new byte[] { 1, 2, 3, 4 } }.ToBytes();

        // [MS-OXCPRPT] 2.2.15.2: DataSize says 4 bytes; cutting one leaves Data short of it.
        RopExchange shortData = SyntheticExchanges.Raw([ask], response[..^1]);
        Assume.That(shortData.DecodeFailure, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(Outcome(SyntheticExchanges.Of([ask], new RopReadStreamResponse { Data = new byte[] { 1, 2, 3, 4 } }), "MS-OXCPRPT-R0089"), Is.EqualTo(CheckpointOutcome.Passed));
            Assert.That(Outcome(shortData, "MS-OXCPRPT-R0089"), Is.EqualTo(CheckpointOutcome.Failed));
        });
    }

    private static IReadOnlyList<Checkpoint> Analyze(RopExchange exchange)
    {
        using var sink = CheckpointSink.InMemory();
        new AdapterAnalyzer(TestCatalogs.Recorder(sink), TestCatalogs.LayoutRules).Analyze(exchange);
        return sink.Recorded;
    }

    private static CheckpointOutcome Outcome(RopExchange exchange, string id) => Analyze(exchange).Single(c => c.RequirementId == id).Outcome;

    /// <summary>A session that answers each call with the next canned ROP output buffer.</summary>
    private sealed class CannedSession(params byte[][] answers) : ISession
    {
        private int next;

        public TargetUser User { get; } = new("user", "/o=x/cn=user");

        public Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default) =>
            Task.FromResult(new RawExecution(0, answers[next++]));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
