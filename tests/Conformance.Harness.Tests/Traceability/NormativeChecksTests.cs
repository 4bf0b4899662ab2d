namespace Conformance.Harness.Tests.Traceability;

using Conformance.Adapters;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// The concrete Normative checks on a conforming and a violating synthetic exchange each; the values that
/// conform are the ones the cited section asks for.
/// </summary>
public sealed class NormativeChecksTests
{
    private static readonly ObjectId Folder = new(1, 0x1234);

    [TestCase(StoreState.None, CheckpointOutcome.Passed)]
    [TestCase(StoreState.StoreHasSearches, CheckpointOutcome.Passed)]
    [TestCase((StoreState)0x00000001, CheckpointOutcome.Failed)]
    [Requirement("MS-OXCSTOR-R0177")]
    public void GetStoreStateSetsNoBitButStoreHasSearches(StoreState state, CheckpointOutcome outcome) =>
        Assert.That(Outcome(SyntheticExchanges.Of([new RopGetStoreStateRequest { InputHandleIndex = 0 }], new RopGetStoreStateResponse { StoreState = state }), "MS-OXCSTOR-R0177"), Is.EqualTo(outcome));

    [TestCase((ushort)1, CheckpointOutcome.Passed)]
    [TestCase((ushort)0, CheckpointOutcome.Failed)]
    [Requirement("MS-OXCSTOR-R0069")]
    public void GhostedFolderHasACheapServer(ushort cheap, CheckpointOutcome outcome)
    {
        var response = new RopPublicFolderIsGhostedResponse { IsGhosted = true, CheapServersCount = cheap, Servers = new[] { "/o=x/cn=s1", "/o=x/cn=s2" } };
        IReadOnlyList<Checkpoint> recorded = Analyze(SyntheticExchanges.Of([new RopPublicFolderIsGhostedRequest { FolderId = Folder }], response));
        Assert.Multiple(() =>
        {
            Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCSTOR-R0069").Outcome, Is.EqualTo(outcome));
            Assert.That(recorded.Single(c => c.RequirementId == "MS-OXCSTOR-R0068").Outcome, Is.EqualTo(CheckpointOutcome.Passed));
        });
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0069")]
    public void AFolderThatIsNotGhostedIsNotJudged()
    {
        IReadOnlyList<Checkpoint> recorded = Analyze(SyntheticExchanges.Of([new RopPublicFolderIsGhostedRequest { FolderId = Folder }], new RopPublicFolderIsGhostedResponse { IsGhosted = false }));
        Assert.That(recorded.Where(c => c.RequirementId is "MS-OXCSTOR-R0068" or "MS-OXCSTOR-R0069"), Is.Empty);
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0068")]
    public void GhostedCheapServersAboveServersFails()
    {
        // The encoder (like the decoder) refuses such a list, so the record is judged as built in memory.
        NormativeCheck check = NormativeChecks.All.Single(c => c.Id == "MS-OXCSTOR-R0068");
        var request = new RopPublicFolderIsGhostedRequest { FolderId = Folder };
        Assert.Multiple(() =>
        {
            Assert.That(check.Evaluate(request, new RopPublicFolderIsGhostedResponse { IsGhosted = true, CheapServersCount = 2, Servers = new[] { "/o=x/cn=s1" } })!.Held, Is.False);
            Assert.That(check.Evaluate(request, new RopPublicFolderIsGhostedResponse { IsGhosted = true, CheapServersCount = 1, Servers = new[] { "/o=x/cn=s1" } })!.Held, Is.True);
        });
    }

    [TestCase("", CheckpointOutcome.Passed)]
    [TestCase("IPM", CheckpointOutcome.Passed)]
    [TestCase("IPM.Schedule.Meeting", CheckpointOutcome.Passed)]
    [TestCase(".IPM", CheckpointOutcome.Failed)]
    [TestCase("IPM.", CheckpointOutcome.Failed)]
    [TestCase("IPM..Note", CheckpointOutcome.Failed)]
    [TestCase("IPM.\tNote", CheckpointOutcome.Failed)]
    [TestCase("IPM.\u007FNote", CheckpointOutcome.Failed)]
    [Requirement("MS-OXCSTOR-R0040")]
    public void ExplicitMessageClassFollowsTheSyntax(string messageClass, CheckpointOutcome outcome)
    {
        var request = new RopGetReceiveFolderRequest { InputHandleIndex = 0, MessageClass = "IPM.Note" };
        var response = new RopGetReceiveFolderResponse { FolderId = Folder, ExplicitMessageClass = messageClass };
        Assert.That(Outcome(SyntheticExchanges.Of([request], response), "MS-OXCSTOR-R0040"), Is.EqualTo(outcome));
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0040")]
    public void MessageClassOfMoreThan255BytesFails() => Assert.Multiple(() =>
    {
        Assert.That(NormativeChecks.MessageClassFault(new string('A', 254)), Is.Null);
        Assert.That(NormativeChecks.MessageClassFault(new string('A', 255)), Is.Not.Null);
    });

    [TestCase("IPM.Note", CheckpointOutcome.Passed)]
    [TestCase("IPM.Note.", CheckpointOutcome.Failed)]
    [Requirement("MS-OXCSTOR-R0050")]
    public void ReceiveFolderTableMessageClassesFollowTheSyntax(string second, CheckpointOutcome outcome)
    {
        var response = new RopGetReceiveFolderTableResponse
        {
            Rows = new[]
            {
                RopGetReceiveFolderTableResponse.Row(Folder, string.Empty, 0x01D0000000000000),
                RopGetReceiveFolderTableResponse.Row(Folder, second, 0x01D0000000000000),
            },
        };
        Checkpoint checkpoint = Analyze(SyntheticExchanges.Of([new RopGetReceiveFolderTableRequest { InputHandleIndex = 0 }], response)).Single(c => c.RequirementId == "MS-OXCSTOR-R0050");
        Assert.Multiple(() =>
        {
            Assert.That(checkpoint.Outcome, Is.EqualTo(outcome));
            Assert.That(checkpoint.Actual, outcome == CheckpointOutcome.Failed ? Does.Contain("IPM.Note.") : Does.Contain("2 valid"));
        });
    }

    [TestCase(true, PropertyType.PtypString, CheckpointOutcome.Passed)]
    [TestCase(true, PropertyType.PtypString8, CheckpointOutcome.Failed)]
    [Requirement("MS-OXCPRPT-R0132")]
    public void WantUnicodeReturnsUnspecifiedStringsAsUnicode(bool wantUnicode, PropertyType returned, CheckpointOutcome outcome) =>
        Assert.That(Outcome(UnspecifiedSubject(wantUnicode, returned), "MS-OXCPRPT-R0132"), Is.EqualTo(outcome));

    [TestCase(false, PropertyType.PtypString8, CheckpointOutcome.Passed)]
    [TestCase(false, PropertyType.PtypString, CheckpointOutcome.Failed)]
    [Requirement("MS-OXCPRPT-R0133")]
    public void NoWantUnicodeReturnsUnspecifiedStringsAsMbcs(bool wantUnicode, PropertyType returned, CheckpointOutcome outcome) =>
        Assert.That(Outcome(UnspecifiedSubject(wantUnicode, returned), "MS-OXCPRPT-R0133"), Is.EqualTo(outcome));

    [Test]
    [Requirement("MS-OXCPRPT-R0132")]
    [Requirement("MS-OXCPRPT-R0133")]
    public void StringsRequestedWithATypeAreNotJudged()
    {
        var request = new RopGetPropertiesSpecificRequest { InputHandleIndex = 0, WantUnicode = true, PropertyTags = new[] { new PropertyTag(0x0037, PropertyType.PtypString8) } };
        var response = new RopGetPropertiesSpecificResponse { Columns = request.PropertyTags, RowData = PropertyRow.Standard(PropertyValue.String8("Subject")) };
        Assert.That(Analyze(SyntheticExchanges.Of([request], response)).Where(c => c.RequirementId is "MS-OXCPRPT-R0132" or "MS-OXCPRPT-R0133"), Is.Empty);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0186")]
    public void IdsBelow0x8000AreNamedInPsMapi()
    {
        var request = new RopGetNamesFromPropertyIdsRequest { InputHandleIndex = 0, PropertyIds = new ushort[] { 0x0037, 0x8001 } };
        PropertyName named = PropertyName.FromName(PropertyName.PsPublicStrings, "Keywords");
        var conforming = new RopGetNamesFromPropertyIdsResponse { PropertyNames = new[] { PropertyName.FromLid(PropertyName.PsMapi, 0x0037), named } };
        var wrongGuid = new RopGetNamesFromPropertyIdsResponse { PropertyNames = new[] { PropertyName.FromLid(PropertyName.PsPublicStrings, 0x0037), named } };
        var wrongLid = new RopGetNamesFromPropertyIdsResponse { PropertyNames = new[] { PropertyName.FromLid(PropertyName.PsMapi, 0x0038), named } };
        var noName = new RopGetNamesFromPropertyIdsResponse { PropertyNames = new[] { PropertyName.NoName(Guid.Empty), named } };
        Assert.Multiple(() =>
        {
            Assert.That(Outcome(SyntheticExchanges.Of([request], conforming), "MS-OXCPRPT-R0186"), Is.EqualTo(CheckpointOutcome.Passed));
            Assert.That(Outcome(SyntheticExchanges.Of([request], wrongGuid), "MS-OXCPRPT-R0186"), Is.EqualTo(CheckpointOutcome.Failed));
            Assert.That(Outcome(SyntheticExchanges.Of([request], wrongLid), "MS-OXCPRPT-R0186"), Is.EqualTo(CheckpointOutcome.Failed));
            Assert.That(Outcome(SyntheticExchanges.Of([request], noName), "MS-OXCPRPT-R0186"), Is.EqualTo(CheckpointOutcome.Failed));
        });
    }

    [TestCase(new byte[0], CheckpointOutcome.Passed)]
    [TestCase(new byte[] { 1, 2 }, CheckpointOutcome.ShouldNotFollowed)]
    [Requirement("MS-OXCPRPT-R0210")]
    public void FailingReadStreamReturnsNoData(byte[] data, CheckpointOutcome outcome)
    {
        var request = new RopReadStreamRequest { InputHandleIndex = 0, ByteCount = 16 };
        var response = new RopReadStreamResponse { ReturnValue = 0x80004005, Data = data };
        Assert.That(Outcome(SyntheticExchanges.Of([request], response), "MS-OXCPRPT-R0210"), Is.EqualTo(outcome));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0210")]
    public void SucceedingReadStreamIsNotJudgedForR0210()
    {
        var request = new RopReadStreamRequest { InputHandleIndex = 0, ByteCount = 16 };
        Assert.That(Analyze(SyntheticExchanges.Of([request], new RopReadStreamResponse { Data = new byte[] { 1, 2 } })).Any(c => c.RequirementId == "MS-OXCPRPT-R0210"), Is.False);
    }

    private static RopExchange UnspecifiedSubject(bool wantUnicode, PropertyType returned)
    {
        // PidTagSubject (0x0037) asked for as PtypUnspecified, next to a typed PidTagImportance that is not a string.
        PropertyTag[] tags = [new(0x0037, PropertyType.PtypUnspecified), new(0x0017, PropertyType.PtypUnspecified)];
        var request = new RopGetPropertiesSpecificRequest { InputHandleIndex = 0, WantUnicode = wantUnicode, PropertyTags = tags };
        PropertyValue subject = returned == PropertyType.PtypString ? PropertyValue.String("Subject") : PropertyValue.String8("Subject");
        var response = new RopGetPropertiesSpecificResponse { Columns = tags, RowData = PropertyRow.Standard(subject, PropertyValue.Integer32(1)) };
        return SyntheticExchanges.Of([request], response);
    }

    private static IReadOnlyList<Checkpoint> Analyze(RopExchange exchange)
    {
        using var sink = CheckpointSink.InMemory();
        new AdapterAnalyzer(TestCatalogs.Recorder(sink), TestCatalogs.LayoutRules).Analyze(exchange);
        return sink.Recorded;
    }

    private static CheckpointOutcome Outcome(RopExchange exchange, string id) => Analyze(exchange).Single(c => c.RequirementId == id).Outcome;
}
