namespace Conformance.Store.Tests.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// RopOpenStream and the stream ROPs on Attachment objects ([MS-OXCPRPT] 2.2.14, 3.2.5.11 to 3.2.5.15), and
/// where a committed stream lands: the attachment's working copy, stored by RopSaveChangesAttachment and then
/// RopSaveChangesMessage ([MS-OXCPRPT] 3.2.5.15 with 3.2.5.4).
/// </summary>
public sealed class AttachmentStreamTests
{
    private const byte Message = 1;
    private const byte Attachment = 2;
    private const byte Stream = 3;
    private const byte OtherAttachment = 4;
    private const byte OtherMessage = 5;
    private const byte ReadOnlyAttachment = 6;

    /// <summary>PidTagAttachDataBinary / PidTagAttachDataObject share ID 0x3701; PidTagAttachLongFilename is 0x3707.</summary>
    private const ushort AttachData = 0x3701;

    private const ushort AttachLongFilename = 0x3707;

    private static readonly PropertyTag AttachDataBinary = new(AttachData, PropertyType.PtypBinary);

    private static async Task<StreamClient> MessageWithAttachmentAsync(StoreHarness harness)
    {
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.CreateMessageAsync(Message);
        StoreHarness.Expect<RopCreateAttachmentResponse>(await client.RunAsync(new RopCreateAttachmentRequest { InputHandleIndex = Message, OutputHandleIndex = Attachment }));
        return client;
    }

    private static async Task SaveAttachmentAsync(StreamClient client, byte message, byte attachment) =>
        StoreHarness.Expect<RopSaveChangesAttachmentResponse>(await client.RunAsync(new RopSaveChangesAttachmentRequest
        {
            ResponseHandleIndex = message, InputHandleIndex = attachment, SaveFlags = SaveFlags.KeepOpenReadWrite,
        }));

    private static async Task OpenAttachmentAsync(StreamClient client, byte message, byte output, OpenAttachmentFlags flags = OpenAttachmentFlags.ReadWrite) =>
        StoreHarness.Expect<RopOpenAttachmentResponse>(await client.RunAsync(new RopOpenAttachmentRequest
        {
            InputHandleIndex = message, OutputHandleIndex = output, AttachmentID = 0, OpenAttachmentFlags = flags,
        }));

    private static async Task<PropertyValue?> PropertyAsync(StreamClient client, byte owner, PropertyTag tag)
    {
        var response = StoreHarness.Expect<RopGetPropertiesSpecificResponse>(await client.RunAsync(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = owner, WantUnicode = true, PropertyTags = new[] { tag },
        }));
        FlaggedPropertyValue cell = response.RowData.ValueArray[0];
        return cell.Flag == FlaggedPropertyValueFlag.Available ? cell.Value : null;
    }

    [TestCase(AttachData, PropertyType.PtypBinary)]
    [TestCase(AttachData, PropertyType.PtypObject)]
    [TestCase(AttachLongFilename, PropertyType.PtypString8)]
    [TestCase(AttachLongFilename, PropertyType.PtypString)]
    public async Task AnAttachmentStreamOpensOnTheFourStreamableTypes(ushort propertyId, PropertyType type)
    {
        // [MS-OXCPRPT] 2.2.14: on Message and Attachment objects, PtypBinary, PtypObject, PtypString8 and PtypString
        // properties can be opened as streams; what is written and committed reads back through a new stream.
        await using var harness = new StoreHarness();
        StreamClient client = await MessageWithAttachmentAsync(harness);
        var tag = new PropertyTag(propertyId, type);
        byte[] content = type == PropertyType.PtypString ? [0x41, 0x00, 0x42, 0x00] : [0x41, 0x42];

        uint created = await client.OpenStreamOkAsync(Attachment, Stream, tag, OpenStreamModeFlags.Create);
        await client.WriteOkAsync(Stream, content);
        await client.CommitAsync(Stream);
        await client.ReleaseAsync(Stream);

        Assert.Multiple(async () =>
        {
            Assert.That(created, Is.Zero, "Create starts empty");
            Assert.That(await client.ValueAsync(Attachment, tag), Is.EqualTo(content));
        });
    }

    [TestCase(PropertyType.PtypInteger32)]
    [TestCase(PropertyType.PtypBoolean)]
    [TestCase(PropertyType.PtypTime)]
    [TestCase(PropertyType.PtypMultipleBinary)]
    [TestCase(PropertyType.PtypInteger64)]
    public async Task AnAttachmentStreamOnAnyOtherTypeIsNotSupported(PropertyType type)
    {
        // [MS-OXCPRPT] 3.2.5.11: a property type that is not streamable for the object gives NotSupported.
        await using var harness = new StoreHarness();
        StreamClient client = await MessageWithAttachmentAsync(harness);

        RopResponse response = await client.OpenStreamAsync(Attachment, Stream, new PropertyTag(0x6601, type), OpenStreamModeFlags.Create);

        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }

    [Test]
    public async Task OpenModesOnAnAttachment()
    {
        // [MS-OXCPRPT] 2.2.14.1 and 3.2.5.11: ReadOnly and ReadWrite need the property (NotFound otherwise) and start
        // with its value; Create starts empty whatever the value was. 3.2.5.13: a ReadOnly stream refuses writes
        // with StreamAccessDenied.
        await using var harness = new StoreHarness();
        StreamClient client = await MessageWithAttachmentAsync(harness);

        uint missing = ((IRopResult)await client.OpenStreamAsync(Attachment, Stream, AttachDataBinary, OpenStreamModeFlags.ReadOnly)).ReturnValue;
        uint missingReadWrite = ((IRopResult)await client.OpenStreamAsync(Attachment, Stream, AttachDataBinary, OpenStreamModeFlags.ReadWrite)).ReturnValue;
        await client.SetAsync(Attachment, AttachDataBinary, [1, 2, 3]);

        uint readOnlySize = await client.OpenStreamOkAsync(Attachment, Stream, AttachDataBinary, OpenStreamModeFlags.ReadOnly);
        RopWriteStreamResponse refused = await client.WriteAsync(Stream, 9);
        await client.ReleaseAsync(Stream);

        uint readWriteSize = await client.OpenStreamOkAsync(Attachment, Stream, AttachDataBinary, OpenStreamModeFlags.ReadWrite);
        await client.SeekAsync(Stream, SeekStreamOrigin.End, 0);
        await client.WriteOkAsync(Stream, 4);
        await client.CommitAsync(Stream);
        await client.ReleaseAsync(Stream);
        byte[]? appended = await client.ValueAsync(Attachment, AttachDataBinary);

        uint createSize = await client.OpenStreamOkAsync(Attachment, Stream, AttachDataBinary, OpenStreamModeFlags.Create);
        await client.CommitAsync(Stream);
        await client.ReleaseAsync(Stream);

        Assert.Multiple(async () =>
        {
            Assert.That((missing, missingReadWrite), Is.EqualTo((ErrorCodes.NotFound, ErrorCodes.NotFound)));
            Assert.That(readOnlySize, Is.EqualTo(3));
            Assert.That(refused.ReturnValue, Is.EqualTo(ErrorCodes.StorageAccessDenied));
            Assert.That(readWriteSize, Is.EqualTo(3));
            Assert.That(appended, Is.EqualTo(new byte[] { 1, 2, 3, 4 }));
            Assert.That(createSize, Is.Zero);
            Assert.That(await client.ValueAsync(Attachment, AttachDataBinary), Is.Empty);
        });
    }

    [Test]
    public async Task AWritableStreamOnAReadOnlyAttachmentIsRefused()
    {
        // A stream change is a property change of the attachment ([MS-OXCPRPT] 3.2.5.13): a handle opened read-only
        // takes none, so only ReadOnly streams open (as RopSetProperties would refuse, 3.2.5.4).
        await using var harness = new StoreHarness();
        StreamClient client = await MessageWithAttachmentAsync(harness);
        await client.SetAsync(Attachment, AttachDataBinary, [1]);
        await SaveAttachmentAsync(client, Message, Attachment);
        await OpenAttachmentAsync(client, Message, ReadOnlyAttachment, OpenAttachmentFlags.ReadOnly);

        uint readWrite = ((IRopResult)await client.OpenStreamAsync(ReadOnlyAttachment, Stream, AttachDataBinary, OpenStreamModeFlags.ReadWrite)).ReturnValue;
        uint readOnly = await client.OpenStreamOkAsync(ReadOnlyAttachment, Stream, AttachDataBinary, OpenStreamModeFlags.ReadOnly);

        Assert.Multiple(() =>
        {
            Assert.That(readWrite, Is.EqualTo(ErrorCodes.AccessDenied));
            Assert.That(readOnly, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ACommittedAttachmentStreamNeedsTheAttachmentSaveThenTheMessageSave()
    {
        // [MS-OXCPRPT] 3.2.5.15: the commit sets the property as RopSetProperties would, so on an attachment it lands in
        // the attachment's working copy (visible on that handle); RopSaveChangesAttachment puts it into the message,
        // and only RopSaveChangesMessage stores it for others (3.2.5.4, 3.2.5.8 ordering).
        await using var harness = new StoreHarness();
        StreamClient writer = await StreamClient.ConnectAsync(harness);
        StreamClient reader = await StreamClient.ConnectAsync(harness);
        await writer.CreateMessageAsync(Message);
        StoreHarness.Expect<RopCreateAttachmentResponse>(await writer.RunAsync(new RopCreateAttachmentRequest { InputHandleIndex = Message, OutputHandleIndex = Attachment }));
        await SaveAttachmentAsync(writer, Message, Attachment);
        ObjectId id = await writer.SaveMessageAsync(Message);

        await writer.OpenStreamOkAsync(Attachment, Stream, AttachDataBinary, OpenStreamModeFlags.Create);
        await writer.WriteOkAsync(Stream, 7, 8, 9);
        await writer.CommitAsync(Stream);
        PropertyValue? onHandle = await PropertyAsync(writer, Attachment, AttachDataBinary);
        await OpenAttachmentAsync(writer, Message, OtherAttachment);
        PropertyValue? otherHandle = await PropertyAsync(writer, OtherAttachment, AttachDataBinary);

        await SaveAttachmentAsync(writer, Message, Attachment);
        await OpenAttachmentAsync(writer, Message, OtherAttachment);
        PropertyValue? afterAttachmentSave = await PropertyAsync(writer, OtherAttachment, AttachDataBinary);
        await reader.OpenMessageAsync(OtherMessage, id, OpenMessageModeFlags.ReadOnly);
        await OpenAttachmentAsync(reader, OtherMessage, OtherAttachment, OpenAttachmentFlags.ReadOnly);
        PropertyValue? otherSessionBefore = await PropertyAsync(reader, OtherAttachment, AttachDataBinary);

        await writer.SaveMessageAsync(Message);
        await reader.OpenMessageAsync(OtherMessage, id, OpenMessageModeFlags.ReadOnly);
        await OpenAttachmentAsync(reader, OtherMessage, OtherAttachment, OpenAttachmentFlags.ReadOnly);
        PropertyValue? otherSessionAfter = await PropertyAsync(reader, OtherAttachment, AttachDataBinary);

        PropertyValue expected = PropertyValue.Binary(new byte[] { 7, 8, 9 });
        Assert.Multiple(() =>
        {
            Assert.That(onHandle, Is.EqualTo(expected));
            Assert.That(otherHandle, Is.Null, "not in the message before RopSaveChangesAttachment");
            Assert.That(afterAttachmentSave, Is.EqualTo(expected));
            Assert.That(otherSessionBefore, Is.Null, "not stored before RopSaveChangesMessage");
            Assert.That(otherSessionAfter, Is.EqualTo(expected));
        });
    }
}
