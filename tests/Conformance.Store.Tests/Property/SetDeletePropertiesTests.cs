namespace Conformance.Store.Tests.Property;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>RopSetProperties, RopDeleteProperties and their NoReplicate forms ([MS-OXCPRPT] 3.2.5.4, 3.2.5.5, 2.2.6, 2.2.8), through ROP bytes.</summary>
public sealed class SetDeletePropertiesTests
{
    private const byte Message = 1;
    private const byte Folder = 2;
    private const byte Other = 3;

    [Test]
    public async Task SpecExample42SetsTwoPropertiesOnAMessage()
    {
        // [MS-OXCPRPT] 4.2.1 / 4.2.2: the example request bytes (handle index 0 being the message) and the
        // response bytes, exactly.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        byte[] rop = Hex.Parse("""
            0000: 0A 00 00 24 00 02 00 1F-00 3D 00 00 00 1F 00 1D
            0010: 0E 48 00 65 00 6C 00 6C-00 6F 00 20 00 57 00 6F
            0020: 00 72 00 6C 00 64 00 00-00
            """);
        byte[] input = [.. BitConverter.GetBytes((ushort)(rop.Length + 2)), .. rop, .. BitConverter.GetBytes(client.Handles[Message])];

        RawExecution result = await client.Session.Raw.ExecuteRawAsync(input, 0x8000);

        Assert.That(result.RopOutputBuffer.AsSpan(2, 8).ToArray(), Is.EqualTo(Hex.Parse("0000: 0A 00 00 00 00 00 00 00")));
        PropertyRow row = await client.GetAsync(Message, new PropertyTag(0x0E1D, PropertyType.PtypString), new PropertyTag(0x003D, PropertyType.PtypString));
        Assert.That(row.ValueArray.Select(v => v.Value).ToArray(), Is.EqualTo(new PropertyValue[] { PropertyValue.String("Hello World"), PropertyValue.String(string.Empty) }));
    }

    [Test]
    public async Task MessageChangesAreVisibleOnTheHandleAtOnceAndStoredOnlyBySave()
    {
        // [MS-OXCPRPT] 3.2.5.4: the new value is readable through the same handle at once, persisted only by RopSaveChangesMessage.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        ObjectId id = await client.SavedMessageAsync(Message, Tags.String(Tags.Subject, "saved"));
        await client.SetAsync(Message, Tags.String(Tags.Subject, "changed"));
        PropertyValue? onHandle = await client.GetOneAsync(Message, Tags.Subject);

        PropertyClient reader = await PropertyClient.ConnectAsync(harness);
        await reader.OpenMessageAsync(id, Message, OpenMessageModeFlags.ReadOnly, client.Inbox);
        PropertyValue? beforeSave = await reader.GetOneAsync(Message, Tags.Subject);
        await client.SaveAsync(Message);
        await reader.OpenMessageAsync(id, Other, OpenMessageModeFlags.ReadOnly, client.Inbox);
        PropertyValue? afterSave = await reader.GetOneAsync(Other, Tags.Subject);

        Assert.Multiple(() =>
        {
            Assert.That(onHandle, Is.EqualTo(PropertyValue.String("changed")));
            Assert.That(beforeSave, Is.EqualTo(PropertyValue.String("saved")));
            Assert.That(afterSave, Is.EqualTo(PropertyValue.String("changed")));
        });
    }

    [Test]
    public async Task FolderChangesArePersistedImmediately()
    {
        // [MS-OXCPRPT] 3.2.5.4 and 3.2.5.5: folder changes need no further ROP.
        await using var harness = new StoreHarness();
        PropertyClient writer = await PropertyClient.ConnectAsync(harness);
        await writer.OpenFolderAsync(writer.Inbox, Folder);
        await writer.SetAsync(Folder, Tags.String(Tags.Comment, "note"), Tags.Integer(Tags.Importance, 2));
        await writer.DeleteAsync(Folder, Tags.Importance);

        PropertyClient reader = await PropertyClient.ConnectAsync(harness);
        await reader.OpenFolderAsync(writer.Inbox, Folder);
        PropertyRow row = await reader.GetAsync(Folder, Tags.Comment, Tags.Importance);

        Assert.Multiple(() =>
        {
            Assert.That(row.ValueArray[0].Value, Is.EqualTo(PropertyValue.String("note")));
            Assert.That(row.ValueArray[1].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
        });
    }

    [Test]
    public async Task LogonChangesArePersistedImmediately()
    {
        // [MS-OXCPRPT] 3.2.5.4: Logon objects save at once too.
        await using var harness = new StoreHarness();
        PropertyClient writer = await PropertyClient.ConnectAsync(harness);
        var problems = await writer.SetAsync(PropertyClient.LogonIndex, Tags.String(Tags.Comment, "store note"));

        PropertyClient reader = await PropertyClient.ConnectAsync(harness);
        PropertyValue? value = await reader.GetOneAsync(PropertyClient.LogonIndex, Tags.Comment);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(value, Is.EqualTo(PropertyValue.String("store note")));
        });
    }

    [Test]
    public async Task DeletedMessagePropertiesAreGoneOnTheHandleButStayStoredUntilSave()
    {
        // [MS-OXCPRPT] 3.2.5.5: removed at once for the handle (NotFound), persisted only by RopSaveChangesMessage.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        ObjectId id = await client.SavedMessageAsync(Message, Tags.String(Tags.Subject, "keep"));
        var problems = await client.DeleteAsync(Message, Tags.Subject);
        PropertyRow onHandle = await client.GetAsync(Message, Tags.Subject);
        await client.OpenMessageAsync(id, Other, OpenMessageModeFlags.ReadOnly);
        PropertyValue? stored = await client.GetOneAsync(Other, Tags.Subject);
        await client.SaveAsync(Message);
        await client.OpenMessageAsync(id, Other, OpenMessageModeFlags.ReadOnly);
        PropertyValue? afterSave = await client.GetOneAsync(Other, Tags.Subject);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(onHandle.ValueArray[0], Is.EqualTo(FlaggedPropertyValue.Error(PropertyType.PtypString, ErrorCodes.NotFound)));
            Assert.That(stored, Is.EqualTo(PropertyValue.String("keep")));
            Assert.That(afterSave, Is.Null);
        });
    }

    [Test]
    public async Task DeletingAPropertyThatIsNotSetIsNoProblem()
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);

        Assert.That(await client.DeleteAsync(Message, Tags.Sensitivity), Is.Empty);
    }

    [Test]
    public async Task ReadOnlyPropertiesAreReportedAsProblemsAndNotSet()
    {
        // [MS-OXCPRPT] 3.2.5.4: the server MUST NOT set a read-only property; a PropertyProblem reports it
        // (index of the value in the request, AccessDenied), the other values are set.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        PropertyValue? before = await client.GetOneAsync(Message, Tags.CreationTime);

        var problems = await client.SetAsync(Message, Tags.Integer(Tags.Importance, 1), new TaggedPropertyValue(Tags.CreationTime, PropertyValue.Time(1234UL)));
        var deleteProblems = await client.DeleteAsync(Message, Tags.Importance, Tags.CreationTime);
        PropertyRow row = await client.GetAsync(Message, Tags.CreationTime, Tags.Importance);

        Assert.Multiple(() =>
        {
            Assert.That(problems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, Tags.CreationTime, ErrorCodes.AccessDenied) }));
            Assert.That(deleteProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, Tags.CreationTime, ErrorCodes.AccessDenied) }));
            Assert.That(row.ValueArray[0].Value, Is.EqualTo(before));
            Assert.That(row.ValueArray[1].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)), "the writable one was deleted");
        });
    }

    [Test]
    public async Task ReadOnlyPropertiesAreDisregardedSilentlyWhenConfigured()
    {
        // [MS-OXCPRPT] 3.2.5.4: disregarding the read-only property without a problem is the other allowed answer.
        await using var harness = new StoreHarness(new StoreOptions { ReadOnlyProperties = ReadOnlyPropertyHandling.Ignore });
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        PropertyValue? before = await client.GetOneAsync(Message, Tags.CreationTime);

        var problems = await client.SetAsync(Message, new TaggedPropertyValue(Tags.CreationTime, PropertyValue.Time(1234UL)));
        var deleteProblems = await client.DeleteAsync(Message, Tags.CreationTime);

        PropertyValue? after = await client.GetOneAsync(Message, Tags.CreationTime);

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(deleteProblems, Is.Empty);
            Assert.That(after, Is.EqualTo(before));
        });
    }

    [Test]
    public async Task InvalidPropertiesAreReportedAsProblems()
    {
        // [MS-OXCPRPT] 3.2.5.4: a property the server fails to set is a PropertyProblem with the reason.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        var nullId = new TaggedPropertyValue(new PropertyTag(0x0000, PropertyType.PtypInteger32), PropertyValue.Integer32(1));
        var errorValue = new TaggedPropertyValue(new PropertyTag(0x6602, PropertyType.PtypErrorCode), PropertyValue.ErrorCode(5));
        var unmappedNamed = new TaggedPropertyValue(new PropertyTag(0x9000, PropertyType.PtypInteger32), PropertyValue.Integer32(1));

        var problems = await client.SetAsync(Message, nullId, Tags.Integer(Tags.Importance, 1), errorValue, unmappedNamed);

        Assert.That(problems.ToArray(), Is.EqualTo(new[]
        {
            new PropertyProblem(0, nullId.PropertyTag, ErrorCodes.InvalidParameter),
            new PropertyProblem(2, errorValue.PropertyTag, ErrorCodes.InvalidType),
            new PropertyProblem(3, unmappedNamed.PropertyTag, ErrorCodes.UnexpectedId),
        }));
    }

    [Test]
    public async Task AMessageOpenedReadOnlyRefusesChangesWithAccessDenied()
    {
        // [MS-OXCMSG] 3.2.5.1: a read-only Message object cannot be modified.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        ObjectId id = await client.SavedMessageAsync(Message, Tags.String(Tags.Subject, "s"));
        await client.OpenMessageAsync(id, Other, OpenMessageModeFlags.ReadOnly);

        uint set = await client.FailAsync(new RopSetPropertiesRequest { InputHandleIndex = Other, PropertyValues = new TaggedPropertyValue[] { Tags.Integer(Tags.Importance, 1) } });
        uint delete = await client.FailAsync(new RopDeletePropertiesRequest { InputHandleIndex = Other, PropertyTags = new PropertyTag[] { Tags.Subject } });

        Assert.Multiple(() =>
        {
            Assert.That(set, Is.EqualTo(ErrorCodes.AccessDenied));
            Assert.That(delete, Is.EqualTo(ErrorCodes.AccessDenied));
        });
    }

    [Test]
    public async Task NoReplicateFormsSetAndDeleteLikeTheOthers()
    {
        // [MS-OXCPRPT] 2.2.6 / 2.2.8: same fields and behaviour; only folder replication differs.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        var set = await client.ExpectAsync<RopSetPropertiesNoReplicateResponse>(new RopSetPropertiesNoReplicateRequest
        {
            InputHandleIndex = Message, PropertyValues = new[] { Tags.Integer(Tags.Importance, 2), new TaggedPropertyValue(Tags.ObjectType, PropertyValue.Integer32(9)) },
        });
        PropertyValue? afterSet = await client.GetOneAsync(Message, Tags.Importance);
        var delete = await client.ExpectAsync<RopDeletePropertiesNoReplicateResponse>(new RopDeletePropertiesNoReplicateRequest
        {
            InputHandleIndex = Message, PropertyTags = new[] { Tags.Importance, Tags.ObjectType },
        });
        PropertyValue? afterDelete = await client.GetOneAsync(Message, Tags.Importance);

        Assert.Multiple(() =>
        {
            Assert.That(set.PropertyProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, Tags.ObjectType, ErrorCodes.AccessDenied) }));
            Assert.That(afterSet, Is.EqualTo(PropertyValue.Integer32(2)));
            Assert.That(delete.PropertyProblems.ToArray(), Is.EqualTo(new[] { new PropertyProblem(1, Tags.ObjectType, ErrorCodes.AccessDenied) }));
            Assert.That(afterDelete, Is.Null);
        });
    }

    [Test]
    public async Task FolderChangesMoveTheChangeKeyOnButNoReplicateChangesDoNot()
    {
        // [MS-OXCPRPT] 2.2.1.3: the change key names the last change; 2.2.6: NoReplicate changes stay out of replication.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Folder);
        await client.SetAsync(Folder, Tags.Integer(Tags.Importance, 1));
        PropertyValue? first = await client.GetOneAsync(Folder, Tags.ChangeKey);
        await client.SetAsync(Folder, Tags.Integer(Tags.Importance, 2));
        PropertyValue? second = await client.GetOneAsync(Folder, Tags.ChangeKey);
        await client.ExpectAsync<RopSetPropertiesNoReplicateResponse>(new RopSetPropertiesNoReplicateRequest
        {
            InputHandleIndex = Folder, PropertyValues = new[] { Tags.Integer(Tags.Importance, 3) },
        });
        PropertyValue? third = await client.GetOneAsync(Folder, Tags.ChangeKey);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Not.Null);
            Assert.That(second, Is.Not.EqualTo(first));
            Assert.That(third, Is.EqualTo(second));
        });
    }
}
