namespace Conformance.Store.Tests.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopCopyProperties, RopCopyTo and RopProgress ([MS-OXCPRPT] 3.2.5.7, 3.2.5.8, 3.2.5.20), through ROP bytes.</summary>
/// <remarks>The attachment cases (and WantSubObjects, Move with subobjects) are in <see cref="AttachmentPropertyTests"/>.</remarks>
public sealed class CopyTests
{
    private const byte Source = 1;
    private const byte Destination = 2;
    private const byte Third = 3;
    private const byte Empty = 9;

    private static RopCopyPropertiesRequest CopyProperties(CopyFlags flags, params PropertyTag[] tags) => new()
    {
        SourceHandleIndex = Source, DestHandleIndex = Destination, CopyFlags = flags, PropertyTags = tags,
    };

    private static RopCopyToRequest CopyTo(CopyFlags flags = CopyFlags.None, bool subObjects = false, params PropertyTag[] excluded) => new()
    {
        SourceHandleIndex = Source, DestHandleIndex = Destination, CopyFlags = flags, WantSubObjects = subObjects, ExcludedTags = excluded,
    };

    private static async Task<PropertyClient> TwoMessagesAsync(StoreHarness harness)
    {
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Source);
        await client.SetAsync(Source, Tags.String(Tags.Subject, "source"), Tags.Integer(Tags.Importance, 2));
        await client.CreateMessageAsync(Destination);
        await client.SetAsync(Destination, Tags.Integer(Tags.Importance, 1), Tags.Integer(Tags.Sensitivity, 3));
        return client;
    }

    [Test]
    public async Task CopyPropertiesCopiesTheListedPropertiesAndReportsMissingOnes()
    {
        // [MS-OXCPRPT] 3.2.5.7: the listed properties reach the destination; one that could not be copied is a PropertyProblem.
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);

        var response = await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(CopyFlags.None, Tags.Subject, Tags.Body, Tags.Importance));
        PropertyRow row = await client.GetAsync(Destination, Tags.Subject, Tags.Importance, Tags.Sensitivity);

        Assert.Multiple(() =>
        {
            Assert.That(response.PropertyProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, Tags.Body, ErrorCodes.NotFound) }));
            Assert.That(row.ValueArray.Select(c => c.Value).ToArray(), Is.EqualTo(new PropertyValue[]
            {
                PropertyValue.String("source"), PropertyValue.Integer32(2), PropertyValue.Integer32(3),
            }));
        });
    }

    [Test]
    public async Task CopyPropertiesReportsReadOnlyDestinationProperties()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);

        var response = await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(CopyFlags.None, Tags.CreationTime));

        Assert.That(response.PropertyProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(0, Tags.CreationTime, ErrorCodes.AccessDenied) }));
    }

    [Test]
    public async Task NoOverwriteKeepsTheDestinationValues()
    {
        // [MS-OXCPRPT] 3.2.5.7 / 3.2.5.8: with NoOverwrite, values already on the destination stay.
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(CopyFlags.NoOverwrite, Tags.Subject, Tags.Importance));
        PropertyRow listed = await client.GetAsync(Destination, Tags.Subject, Tags.Importance);
        await client.SetAsync(Source, Tags.Integer(Tags.Sensitivity, 9));
        await client.ExpectAsync<RopCopyToResponse>(CopyTo(CopyFlags.NoOverwrite));
        PropertyValue? all = await client.GetOneAsync(Destination, Tags.Sensitivity);

        Assert.Multiple(() =>
        {
            Assert.That(listed.ValueArray.Select(c => c.Value).ToArray(), Is.EqualTo(new PropertyValue[] { PropertyValue.String("source"), PropertyValue.Integer32(1) }));
            Assert.That(all, Is.EqualTo(PropertyValue.Integer32(3)));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task MoveDeletesFromTheSourceOnlyWhenConfigured(bool deletes)
    {
        // [MS-OXCPRPT] 3.2.5.7 / 3.2.5.8: the server MAY delete moved properties from the source (Appendix A notes 6 and 8).
        await using var harness = new StoreHarness(new StoreOptions { MoveDeletesSourceProperties = deletes });
        PropertyClient client = await TwoMessagesAsync(harness);

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(CopyFlags.Move, Tags.Subject));
        PropertyValue? afterCopyProperties = await client.GetOneAsync(Source, Tags.Subject);
        await client.ExpectAsync<RopCopyToResponse>(CopyTo(CopyFlags.Move));
        PropertyValue? afterCopyTo = await client.GetOneAsync(Source, Tags.Importance);
        PropertyValue? copied = await client.GetOneAsync(Destination, Tags.Importance);

        Assert.Multiple(() =>
        {
            Assert.That(afterCopyProperties is null, Is.EqualTo(deletes));
            Assert.That(afterCopyTo is null, Is.EqualTo(deletes));
            Assert.That(copied, Is.EqualTo(PropertyValue.Integer32(2)));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task MoveWithNoOverwriteIsRejectedUnlessConfigured(bool reject)
    {
        // [MS-OXCPRPT] 2.2.10.1: the bits SHOULD NOT be combined (Appendix A notes 2 and 3).
        await using var harness = new StoreHarness(new StoreOptions { RejectMoveWithNoOverwrite = reject });
        PropertyClient client = await TwoMessagesAsync(harness);

        RopResponse copyProperties = await client.RunAsync(CopyProperties(CopyFlags.Move | CopyFlags.NoOverwrite, Tags.Subject));
        RopResponse copyTo = await client.RunAsync(CopyTo(CopyFlags.Move | CopyFlags.NoOverwrite));

        Assert.Multiple(() =>
        {
            Assert.That(copyProperties is RopFailureResponse { ReturnValue: ErrorCodes.InvalidParameter }, Is.EqualTo(reject));
            Assert.That(copyTo is RopFailureResponse { ReturnValue: ErrorCodes.InvalidParameter }, Is.EqualTo(reject));
        });
    }

    [Test]
    public async Task UndefinedCopyFlagsGiveInvalidParameter()
    {
        // [MS-OXCPRPT] 3.2.5.7 / 3.2.5.8: other bits SHOULD give InvalidParameter (0x80070057).
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);

        uint copyProperties = await client.FailAsync(CopyProperties((CopyFlags)0x04, Tags.Subject));
        uint copyTo = await client.FailAsync(CopyTo((CopyFlags)0x80));

        Assert.Multiple(() =>
        {
            Assert.That(copyProperties, Is.EqualTo(ErrorCodes.InvalidParameter));
            Assert.That(copyTo, Is.EqualTo(ErrorCodes.InvalidParameter));
        });
    }

    [Test]
    public async Task AnUnresolvedDestinationGivesTheNullDestinationObjectResponse()
    {
        // [MS-OXCPRPT] 2.2.10.2 / 2.2.11.2: ReturnValue 0x503 with DestHandleIndex echoed and no property problems.
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);

        var copyProperties = await client.ExpectAsync<RopCopyPropertiesNullDestinationResponse>(CopyProperties(CopyFlags.None, Tags.Subject) with { DestHandleIndex = Empty });
        var copyTo = await client.ExpectAsync<RopCopyToNullDestinationResponse>(CopyTo() with { DestHandleIndex = Empty });

        Assert.Multiple(() =>
        {
            Assert.That(copyProperties.DestHandleIndex, Is.EqualTo((uint)Empty));
            Assert.That(copyProperties.SourceHandleIndex, Is.EqualTo(Source));
            Assert.That(copyTo.DestHandleIndex, Is.EqualTo((uint)Empty));
        });
    }

    [Test]
    public async Task AnUnresolvedSourceGivesNullObject()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);

        Assert.That(await client.FailAsync(CopyTo() with { SourceHandleIndex = Empty }), Is.EqualTo(ErrorCodes.NullObject));
    }

    [Test]
    public async Task ObjectsOfDifferentTypesOrLogonsGiveNotSupported()
    {
        // [MS-OXCPRPT] 2.2.10 and 3.2.5.8: same type, and a Message, Folder or Attachment object.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Source);
        await client.OpenFolderAsync(client.Inbox, Destination);

        uint mixed = await client.FailAsync(CopyTo());
        uint mixedProperties = await client.FailAsync(CopyProperties(CopyFlags.None, Tags.Subject));
        uint logon = await client.FailAsync(CopyTo() with { SourceHandleIndex = PropertyClient.LogonIndex, DestHandleIndex = PropertyClient.LogonIndex });

        Assert.Multiple(() =>
        {
            Assert.That(mixed, Is.EqualTo(ErrorCodes.NotSupported));
            Assert.That(mixedProperties, Is.EqualTo(ErrorCodes.NotSupported));
            Assert.That(logon, Is.EqualTo(ErrorCodes.NotSupported));
        });
    }

    [Test]
    public async Task MovingFolderPropertiesGivesNotSupported()
    {
        // [MS-OXCPRPT] 3.2.5.7: Move on a Folder object SHOULD give NotSupported.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Source);
        await client.CreateFolderAsync(Source, "target", Destination);

        Assert.That(await client.FailAsync(CopyProperties(CopyFlags.Move, Tags.Comment)), Is.EqualTo(ErrorCodes.NotSupported));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task CopyToMovingFoldersIsNotSupportedOnlyWhenConfigured(bool notSupported)
    {
        // [MS-OXCPRPT] 3.2.5.8: the server MAY refuse Move on folders.
        await using var harness = new StoreHarness(new StoreOptions { CopyToFolderMoveNotSupported = notSupported });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Source);
        await client.CreateFolderAsync(Source, "target", Destination);

        RopResponse response = await client.RunAsync(CopyTo(CopyFlags.Move));

        Assert.That(response is RopFailureResponse { ReturnValue: ErrorCodes.NotSupported }, Is.EqualTo(notSupported));
    }

    [Test]
    public async Task FolderCopiesArePersistedImmediately()
    {
        // [MS-OXCPRPT] 3.2.5.7: folder changes are persisted at once.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Source);
        await client.SetAsync(Source, Tags.String(Tags.Comment, "inbox note"));
        ObjectId target = await client.CreateFolderAsync(Source, "target", Destination);

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(CopyFlags.None, Tags.Comment));
        PropertyClient reader = await PropertyClient.ConnectAsync(harness);
        await reader.OpenFolderAsync(target, Third);

        Assert.That(await reader.GetOneAsync(Third, Tags.Comment), Is.EqualTo(PropertyValue.String("inbox note")));
    }

    [Test]
    public async Task MessageCopiesWaitForTheSave()
    {
        // [MS-OXCPRPT] 3.2.5.7: changes on Message objects are persisted only by RopSaveChangesMessage.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Source);
        await client.SetAsync(Source, Tags.String(Tags.Subject, "copied"));
        ObjectId id = await client.SavedMessageAsync(Destination, Tags.Integer(Tags.Importance, 1));

        await client.ExpectAsync<RopCopyToResponse>(CopyTo());
        await client.OpenMessageAsync(id, Third, OpenMessageModeFlags.ReadOnly);
        PropertyValue? beforeSave = await client.GetOneAsync(Third, Tags.Subject);
        await client.SaveAsync(Destination);
        await client.OpenMessageAsync(id, Third, OpenMessageModeFlags.ReadOnly);
        PropertyValue? afterSave = await client.GetOneAsync(Third, Tags.Subject);

        Assert.Multiple(() =>
        {
            Assert.That(beforeSave, Is.Null);
            Assert.That(afterSave, Is.EqualTo(PropertyValue.String("copied")));
        });
    }

    [Test]
    public async Task CopyToCopiesWritablePropertiesButNotExcludedOrReadOnlyOnes()
    {
        // [MS-OXCPRPT] 3.2.5.8: only writable properties that are not in ExcludedTags.
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);
        PropertyValue? ownCreationTime = await client.GetOneAsync(Destination, Tags.CreationTime);
        await client.SetAsync(Source, Tags.String(Tags.Body, "body"));

        var response = await client.ExpectAsync<RopCopyToResponse>(CopyTo(CopyFlags.None, false, Tags.Body));
        PropertyRow row = await client.GetAsync(Destination, Tags.Subject, Tags.Importance, Tags.Body, Tags.CreationTime);

        Assert.Multiple(() =>
        {
            Assert.That(response.PropertyProblems, Is.Empty);
            Assert.That(row.ValueArray[0].Value, Is.EqualTo(PropertyValue.String("source")));
            Assert.That(row.ValueArray[1].Value, Is.EqualTo(PropertyValue.Integer32(2)));
            Assert.That(row.ValueArray[2].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)), "excluded");
            Assert.That(row.ValueArray[3].Value, Is.EqualTo(ownCreationTime), "read-only, not copied");
        });
    }

    [Test]
    public async Task CopyToOntoItselfGivesACycleError()
    {
        // [MS-OXCPRPT] 3.2.5.8: MessageCycle (0x504) / FolderCycle (0x8004060B) when the source contains the destination.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Source);
        uint message = await client.FailAsync(CopyTo() with { DestHandleIndex = Source });
        await client.OpenFolderAsync(client.Inbox, Destination);
        uint folder = await client.FailAsync(CopyTo() with { SourceHandleIndex = Destination });

        Assert.Multiple(() =>
        {
            Assert.That(message, Is.EqualTo(ErrorCodes.MessageCycle));
            Assert.That(folder, Is.EqualTo(ErrorCodes.FolderCycle));
        });
    }

    [Test]
    public async Task CopyToWithSubObjectsIntoASubfolderGivesFolderCycle()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Source);
        await client.CreateFolderAsync(Source, "child", Destination);

        uint withSubObjects = await client.FailAsync(CopyTo(CopyFlags.None, subObjects: true));
        RopResponse withoutSubObjects = await client.RunAsync(CopyTo());

        Assert.Multiple(() =>
        {
            Assert.That(withSubObjects, Is.EqualTo(ErrorCodes.FolderCycle));
            Assert.That(withoutSubObjects, Is.InstanceOf<RopCopyToResponse>());
        });
    }

    [Test]
    public async Task CopyToWithSubObjectsCopiesSubfoldersAndMessages()
    {
        // [MS-OXCPRPT] 2.2.11.1 WantSubObjects; copies get a new record key (2.2.1.8) and keep the search key (2.2.1.9).
        // IsExistingFolder reports the copied subfolder only when private mailboxes report it ([MS-OXCFOLD] 2.2.1.2.2; a store option).
        await using var harness = new StoreHarness(new StoreOptions { ReportExistingFolderInPrivateMailbox = true });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Third);
        ObjectId sourceId = await client.CreateFolderAsync(Third, "source", Source);
        await client.CreateFolderAsync(Source, "inner", 4);
        await client.CreateMessageAsync(5, sourceId);
        await client.SetAsync(5, Tags.String(Tags.Subject, "inside"));
        await client.SaveAsync(5);
        PropertyRow originalKeys = await client.GetAsync(5, Tags.RecordKey, Tags.SearchKey);
        ObjectId targetId = await client.CreateFolderAsync(Third, "target", Destination);

        await client.ExpectAsync<RopCopyToResponse>(CopyTo(CopyFlags.None, subObjects: true));
        var hierarchy = await client.ExpectAsync<RopCreateFolderResponse>(new RopCreateFolderRequest
        {
            InputHandleIndex = Destination, OutputHandleIndex = 6, FolderType = FolderType.Generic, UseUnicodeStrings = true, DisplayName = "inner", OpenExisting = true,
        });
        // The copy's Message ID would come from a contents table (Support family, not here yet); it is read from the model.
        var folder = harness.Server.Mailboxes.Single(m => m.Owner.Name == StoreHarness.User1.Name).Folders[targetId];
        var copy = folder.Messages.Values.Single();
        await client.OpenMessageAsync(copy.Id, 7, OpenMessageModeFlags.ReadOnly, targetId);
        PropertyRow copyValues = await client.GetAsync(7, Tags.Subject, Tags.RecordKey, Tags.SearchKey);

        Assert.Multiple(() =>
        {
            Assert.That(hierarchy.IsExistingFolder, Is.True, "the subfolder was copied");
            Assert.That(copyValues.ValueArray[0].Value, Is.EqualTo(PropertyValue.String("inside")));
            Assert.That(copyValues.ValueArray[1].Value, Is.Not.EqualTo(originalKeys.ValueArray[0].Value));
            Assert.That(copyValues.ValueArray[2].Value, Is.EqualTo(originalKeys.ValueArray[1].Value));
        });
    }

    [Test]
    public async Task CopyToWithSubObjectsGivesCollidingNamesWhenASubfolderNameIsTaken()
    {
        // [MS-OXCPRPT] 3.2.5.8: CollidingNames (0x80040604).
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Third);
        await client.CreateFolderAsync(Third, "source", Source);
        await client.CreateFolderAsync(Source, "same", 4);
        await client.CreateFolderAsync(Third, "target", Destination);
        await client.CreateFolderAsync(Destination, "SAME", 5);

        Assert.That(await client.FailAsync(CopyTo(CopyFlags.None, subObjects: true)), Is.EqualTo(ErrorCodes.CollidingNames));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task CopyToAPublicFolderIsNotSupportedUnlessConfigured(bool notSupported)
    {
        // [MS-OXCPRPT] 3.2.5.8: SHOULD give NotSupported for public folders (Appendix A note 10).
        await using var harness = new StoreHarness(new StoreOptions { CopyToPublicFolderNotSupported = notSupported });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Source);
        var publicLogon = await client.LogonPublicFoldersAsync(4);
        await client.ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest { InputHandleIndex = 4, OutputHandleIndex = Destination, FolderId = publicLogon.FolderIds.InterpersonalMessagesSubtree });

        RopResponse response = await client.RunAsync(CopyTo());

        Assert.That(response is RopFailureResponse { ReturnValue: ErrorCodes.NotSupported }, Is.EqualTo(notSupported));
    }

    [Test]
    public async Task AReadOnlyDestinationGivesAccessDenied()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        ObjectId id = await client.SavedMessageAsync(Source, Tags.String(Tags.Subject, "s"));
        await client.OpenMessageAsync(id, Destination, OpenMessageModeFlags.ReadOnly);

        Assert.That(await client.FailAsync(CopyTo()), Is.EqualTo(ErrorCodes.AccessDenied));
    }

    [Test]
    public async Task WantAsynchronousIsAnsweredSynchronouslyByDefault()
    {
        // [MS-OXCPRPT] 2.2.10.1: with WantAsynchronous the ROP is processed either way; this store's default is synchronous.
        await using var harness = new StoreHarness();
        PropertyClient client = await TwoMessagesAsync(harness);

        RopResponse response = await client.RunAsync(CopyTo() with { WantAsynchronous = true });

        Assert.That(response, Is.InstanceOf<RopCopyToResponse>());
    }

    [Test]
    public async Task AnAsynchronousCopyReportsProgressAndCompletesOnRopProgress()
    {
        // [MS-OXCPRPT] 3.2.5.8 and 3.2.5.20: RopProgress responses while running, then the RopCopyTo response.
        await using var harness = new StoreHarness(new StoreOptions { AsynchronousCopy = true, AsynchronousCopyProgressSteps = 2 });
        PropertyClient client = await TwoMessagesAsync(harness);

        // Only RopProgress in between: any other ROP on this logon would abort the copy ([MS-OXCPRPT] 3.1.5).
        var started = await client.ExpectAsync<RopProgressResponse>(CopyTo() with { WantAsynchronous = true });
        var progress = await client.ExpectAsync<RopProgressResponse>(new RopProgressRequest { InputHandleIndex = Source });
        RopResponse done = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source });
        PropertyValue? afterwards = await client.GetOneAsync(Destination, Tags.Subject);
        uint nothingPending = await client.FailAsync(new RopProgressRequest { InputHandleIndex = Source });

        Assert.Multiple(() =>
        {
            Assert.That(started.TotalTaskCount, Is.GreaterThanOrEqualTo(started.CompletedTaskCount));
            Assert.That(progress.TotalTaskCount, Is.GreaterThanOrEqualTo(progress.CompletedTaskCount), "[MS-OXCPRPT] 2.2.23.2");
            Assert.That(progress.CompletedTaskCount, Is.GreaterThanOrEqualTo(started.CompletedTaskCount));
            Assert.That(done, Is.InstanceOf<RopCopyToResponse>());
            Assert.That(afterwards, Is.EqualTo(PropertyValue.String("source")));
            Assert.That(nothingPending, Is.EqualTo(ErrorCodes.NotSupported));
        });
    }

    [Test]
    public async Task AnAsynchronousCopyPropertiesCompletesWithItsOwnResponse()
    {
        await using var harness = new StoreHarness(new StoreOptions { AsynchronousCopy = true });
        PropertyClient client = await TwoMessagesAsync(harness);

        await client.ExpectAsync<RopProgressResponse>(CopyProperties(CopyFlags.None, Tags.Subject, Tags.Body) with { WantAsynchronous = true });
        var done = await client.ExpectAsync<RopCopyPropertiesResponse>(new RopProgressRequest { InputHandleIndex = Source });

        Assert.That(done.PropertyProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, Tags.Body, ErrorCodes.NotFound) }));
    }

    [Test]
    public async Task AnotherRopOnTheSameLogonAbortsAnAsynchronousCopy()
    {
        // [MS-OXCPRPT] 3.1.5: a ROP other than RopProgress on the same logon aborts the operation and is answered
        // itself; 3.2.5.20: the next RopProgress gets the original ROP's response for the aborted operation.
        await using var harness = new StoreHarness(new StoreOptions { AsynchronousCopy = true, AsynchronousCopyProgressSteps = 3 });
        PropertyClient client = await TwoMessagesAsync(harness);

        await client.ExpectAsync<RopProgressResponse>(CopyTo() with { WantAsynchronous = true });
        RopResponse other = await client.RunAsync(new RopGetPropertiesSpecificRequest { InputHandleIndex = Destination, WantUnicode = true, PropertyTags = new[] { Tags.Subject } });
        RopResponse afterAbort = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source });
        PropertyValue? destination = await client.GetOneAsync(Destination, Tags.Subject);
        uint nothingPending = await client.FailAsync(new RopProgressRequest { InputHandleIndex = Source });

        Assert.Multiple(() =>
        {
            Assert.That(other, Is.InstanceOf<RopGetPropertiesSpecificResponse>(), "the new ROP is answered");
            Assert.That(((RopGetPropertiesSpecificResponse)other).RowData.ValueArray[0].Flag, Is.EqualTo(FlaggedPropertyValueFlag.Error), "nothing copied yet");
            Assert.That(afterAbort, Is.EqualTo(new RopFailureResponse(RopId.RopCopyTo, Source, ErrorCodes.ErrorCancel)));
            Assert.That(destination, Is.Null, "the aborted copy changed nothing");
            Assert.That(nothingPending, Is.EqualTo(ErrorCodes.NotSupported), "the operation is over");
        });
    }

    [Test]
    public async Task AnAsynchronousCopyGoesOnWhileAnotherLogonIsUsed()
    {
        // [MS-OXCPRPT] 3.1.5: only ROPs of the same logon abort the operation.
        await using var harness = new StoreHarness(new StoreOptions { AsynchronousCopy = true, AsynchronousCopyProgressSteps = 2 });
        PropertyClient client = await TwoMessagesAsync(harness);
        PropertyClient otherSession = await PropertyClient.ConnectAsync(harness);

        await client.ExpectAsync<RopProgressResponse>(CopyTo() with { WantAsynchronous = true });
        await client.LogonPublicFoldersAsync(4);
        await otherSession.GetAsync(PropertyClient.LogonIndex, Tags.DisplayName);
        await client.ExpectAsync<RopProgressResponse>(new RopProgressRequest { InputHandleIndex = Source });
        RopResponse done = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source });
        PropertyValue? copied = await client.GetOneAsync(Destination, Tags.Subject);

        Assert.Multiple(() =>
        {
            Assert.That(done, Is.InstanceOf<RopCopyToResponse>());
            Assert.That(copied, Is.EqualTo(PropertyValue.String("source")));
        });
    }

    [Test]
    public async Task WantCancelAbortsAnAsynchronousCopy()
    {
        // [MS-OXCPRPT] 3.2.5.20: WantCancel may abort; the answer is then the original ROP's response.
        await using var harness = new StoreHarness(new StoreOptions { AsynchronousCopy = true });
        PropertyClient client = await TwoMessagesAsync(harness);

        await client.ExpectAsync<RopProgressResponse>(CopyTo() with { WantAsynchronous = true });
        RopResponse cancelled = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source, WantCancel = true });
        PropertyValue? destination = await client.GetOneAsync(Destination, Tags.Subject);

        Assert.Multiple(() =>
        {
            Assert.That(cancelled, Is.EqualTo(new RopFailureResponse(RopId.RopCopyTo, Source, ErrorCodes.ErrorCancel)));
            Assert.That(destination, Is.Null, "nothing was copied");
        });
    }
}
