namespace Conformance.Store.Tests.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>The common object properties the server keeps ([MS-OXCPRPT] 2.2.1.1 to 2.2.1.9), through ROP bytes.</summary>
public sealed class CommonPropertiesTests
{
    private const byte Message = 1;
    private const byte Folder = 2;
    private const byte Other = 3;

    private static readonly DateTime Start = new(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static IEnumerable<TestCaseData> ReadOnlyProperties()
    {
        // [MS-OXCPRPT] 2.2.1.1 to 2.2.1.9: each is read-only for the client.
        yield return new TestCaseData(new TaggedPropertyValue(Tags.Access, PropertyValue.Integer32(0))).SetArgDisplayNames("PidTagAccess");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.AccessLevel, PropertyValue.Integer32(0))).SetArgDisplayNames("PidTagAccessLevel");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.ChangeKey, PropertyValue.Binary(new byte[] { 1 }))).SetArgDisplayNames("PidTagChangeKey");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.CreationTime, PropertyValue.Time(1UL))).SetArgDisplayNames("PidTagCreationTime");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.LastModifierName, PropertyValue.String("x"))).SetArgDisplayNames("PidTagLastModifierName");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.LastModificationTime, PropertyValue.Time(1UL))).SetArgDisplayNames("PidTagLastModificationTime");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.ObjectType, PropertyValue.Integer32(1))).SetArgDisplayNames("PidTagObjectType");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.RecordKey, PropertyValue.Binary(new byte[] { 1 }))).SetArgDisplayNames("PidTagRecordKey");
        yield return new TestCaseData(new TaggedPropertyValue(Tags.SearchKey, PropertyValue.Binary(new byte[] { 1 }))).SetArgDisplayNames("PidTagSearchKey");
    }

    [TestCaseSource(nameof(ReadOnlyProperties))]
    public async Task CommonPropertiesAreReadOnlyOnMessagesAndFolders(TaggedPropertyValue value)
    {
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.OpenFolderAsync(client.Inbox, Folder);
        PropertyValue? before = await client.GetOneAsync(Message, value.PropertyTag);

        var onMessage = await client.SetAsync(Message, value);
        var onFolder = await client.SetAsync(Folder, value);
        PropertyValue? after = await client.GetOneAsync(Message, value.PropertyTag);

        Assert.Multiple(() =>
        {
            Assert.That(onMessage.ToArray(), Is.EqualTo(new[] { new PropertyProblem(0, value.PropertyTag, ErrorCodes.AccessDenied) }));
            Assert.That(onFolder.ToArray(), Is.EqualTo(new[] { new PropertyProblem(0, value.PropertyTag, ErrorCodes.AccessDenied) }));
            Assert.That(after, Is.EqualTo(before), "not set to the client's value");
        });
    }

    [Test]
    public async Task MessageObjectTypeAccessAndAccessLevel()
    {
        // [MS-OXCPRPT] 2.2.1.7: 0x5 for messages; 2.2.1.2: 1 modify / 0 read-only; 2.2.1.1: the allowed operations.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        ObjectId id = await client.SavedMessageAsync(Message, Tags.String(Tags.Subject, "s"));
        await client.OpenMessageAsync(id, Other, OpenMessageModeFlags.ReadOnly);

        PropertyRow writable = await client.GetAsync(Message, Tags.ObjectType, Tags.AccessLevel, Tags.Access);
        PropertyRow readOnly = await client.GetAsync(Other, Tags.ObjectType, Tags.AccessLevel, Tags.Access);

        Assert.Multiple(() =>
        {
            Assert.That(writable.ValueArray.Select(c => c.Value).ToArray(), Is.EqualTo(new PropertyValue[]
            {
                PropertyValue.Integer32(5), PropertyValue.Integer32(1), PropertyValue.Integer32(0x01 | 0x02 | 0x04),
            }));
            Assert.That(readOnly.ValueArray.Select(c => c.Value).ToArray(), Is.EqualTo(new PropertyValue[]
            {
                PropertyValue.Integer32(5), PropertyValue.Integer32(0), PropertyValue.Integer32(0x02 | 0x04),
            }));
        });
    }

    [Test]
    public async Task FolderAccessAllowsEverythingAndMessageOnlyPropertiesAreAbsent()
    {
        // [MS-OXCPRPT] 2.2.1.1: all six bits for the owner; 2.2.1.2, 2.2.1.5, 2.2.1.7: not for folders.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Folder);

        PropertyRow row = await client.GetAsync(Folder, Tags.Access, Tags.AccessLevel, Tags.ObjectType);

        Assert.Multiple(() =>
        {
            Assert.That(row.ValueArray[0].Value, Is.EqualTo(PropertyValue.Integer32(0x3F)));
            Assert.That(row.ValueArray[1].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
            Assert.That(row.ValueArray[2].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
        });
    }

    [Test]
    public async Task TimesChangeKeyAndLastModifierFollowTheSaves()
    {
        // [MS-OXCPRPT] 2.2.1.4: creation time; 2.2.1.6: time of the last modification; 2.2.1.3: the last
        // change; 2.2.1.5: the user who modified it last.
        var clock = new ManualTime(Start);
        await using var harness = new StoreHarness(time: clock);
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        clock.Advance(TimeSpan.FromMinutes(5));
        await client.SaveAsync(Message);
        PropertyRow first = await client.GetAsync(Message, Tags.CreationTime, Tags.LastModificationTime, Tags.ChangeKey, Tags.LastModifierName);
        clock.Advance(TimeSpan.FromMinutes(5));
        await client.SetAsync(Message, Tags.String(Tags.Subject, "again"));
        await client.SaveAsync(Message);
        PropertyRow second = await client.GetAsync(Message, Tags.CreationTime, Tags.LastModificationTime, Tags.ChangeKey);

        Assert.Multiple(() =>
        {
            Assert.That(first.ValueArray[0].Value, Is.EqualTo(PropertyValue.Time(Start)));
            Assert.That(first.ValueArray[1].Value, Is.EqualTo(PropertyValue.Time(Start.AddMinutes(5))));
            Assert.That(first.ValueArray[3].Value, Is.EqualTo(PropertyValue.String(StoreHarness.User1.Name)));
            Assert.That(second.ValueArray[0].Value, Is.EqualTo(PropertyValue.Time(Start)), "creation time stays");
            Assert.That(second.ValueArray[1].Value, Is.EqualTo(PropertyValue.Time(Start.AddMinutes(10))));
            Assert.That(second.ValueArray[2].Value, Is.Not.EqualTo(first.ValueArray[2].Value));
        });
    }

    [Test]
    public async Task ANewMessageHasNoChangeKeyUntilItsFirstSave()
    {
        // [MS-OXCPRPT] 2.2.1.3: the change key names the last change made to the object; a message not yet
        // saved has had none ([MS-OXCMSG] 3.2.5.2 does not list it among the properties RopCreateMessage sets,
        // and the [MS-OXCPRPT] 4.3 example reads it as NotFound). The first save gives it one.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.SetAsync(Message, Tags.String(Tags.Subject, "draft"));
        PropertyRow unsaved = await client.GetAsync(Message, Tags.ChangeKey, Tags.CreationTime);
        ValueArray<PropertyTag> listed = await client.ListAsync(Message);

        await client.SaveAsync(Message);
        PropertyValue? saved = await client.GetOneAsync(Message, Tags.ChangeKey);

        Assert.Multiple(() =>
        {
            Assert.That(unsaved.ValueArray[0].Value, Is.EqualTo(PropertyValue.ErrorCode(ErrorCodes.NotFound)));
            Assert.That(unsaved.ValueArray[1].Flag, Is.EqualTo(FlaggedPropertyValueFlag.Available), "the creation time is set at once");
            Assert.That(listed.Select(t => t.PropertyId), Has.No.Member(Tags.ChangeKey.PropertyId));
            Assert.That(saved, Is.InstanceOf<PropertyValue<ValueArray<byte>>>());
            Assert.That(((PropertyValue<ValueArray<byte>>)saved!).Value.Count, Is.EqualTo(22), "[MS-OXCFXICS] 2.2.2.2: an XID of a 16-byte REPLGUID and 6-byte counter");
        });
    }

    [Test]
    public async Task ANewAttachmentHasNoChangeKeyUntilItIsSaved()
    {
        // [MS-OXCPRPT] 2.2.1.3, as for messages: RopSaveChangesAttachment is the attachment's first change.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.ExpectAsync<RopCreateAttachmentResponse>(new RopCreateAttachmentRequest { InputHandleIndex = Message, OutputHandleIndex = Other });
        PropertyValue? unsaved = await client.GetOneAsync(Other, Tags.ChangeKey);

        await client.ExpectAsync<RopSaveChangesAttachmentResponse>(new RopSaveChangesAttachmentRequest
        {
            ResponseHandleIndex = Message, InputHandleIndex = Other, SaveFlags = SaveFlags.KeepOpenReadWrite,
        });

        Assert.Multiple(async () =>
        {
            Assert.That(unsaved, Is.Null);
            Assert.That(await client.GetOneAsync(Other, Tags.ChangeKey), Is.Not.Null);
        });
    }

    [Test]
    public async Task FolderModificationTimeFollowsPropertyChanges()
    {
        // [MS-OXCPRPT] 2.2.1.6 with 3.2.5.4: a folder's change is saved at once, so its modification time moves then.
        var clock = new ManualTime(Start);
        await using var harness = new StoreHarness(time: clock);
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.OpenFolderAsync(client.Inbox, Folder);
        clock.Advance(TimeSpan.FromHours(1));

        await client.SetAsync(Folder, Tags.String(Tags.Comment, "changed"));

        Assert.That(await client.GetOneAsync(Folder, Tags.LastModificationTime), Is.EqualTo(PropertyValue.Time(Start.AddHours(1))));
    }

    [Test]
    public async Task RecordAndSearchKeysIdentifyEachMessage()
    {
        // [MS-OXCPRPT] 2.2.1.8 / 2.2.1.9: binary keys unique to the object.
        await using var harness = new StoreHarness();
        PropertyClient client = await PropertyClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        await client.CreateMessageAsync(Other);

        PropertyRow one = await client.GetAsync(Message, Tags.RecordKey, Tags.SearchKey);
        PropertyRow two = await client.GetAsync(Other, Tags.RecordKey, Tags.SearchKey);

        Assert.Multiple(() =>
        {
            Assert.That(one.Flag, Is.EqualTo(PropertyRowFlag.Standard), "both present");
            Assert.That(one.ValueArray[0].Value, Is.Not.EqualTo(two.ValueArray[0].Value));
            Assert.That(one.ValueArray[1].Value, Is.Not.EqualTo(two.ValueArray[1].Value));
        });
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualTime(DateTime utc) : TimeProvider
    {
        private DateTimeOffset now = new(utc);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
