namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// [MS-OXCPRPT] 2.2.14, 3.2.5.11, 3.2.5.15: streams on each object type that has them (Folder, Message,
/// Attachment) start with the property value, and RopCommitStream sets the property from the stream.
/// </summary>
[TestFixture]
public sealed class CommitStreamTests : StreamTest
{
    private const byte AttachmentIndex = 4;

    [Test]
    [Requirement("MS-OXCPRPT-R0079")]
    [Requirement("MS-OXCPRPT-R0203")]
    [Requirement("MS-OXCPRPT-R0217")]
    public async Task A_folder_binary_property_opens_as_a_stream_and_commit_stores_it_in_the_folder()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client, FolderIndex);
        await client.SetPropertiesAsync(FolderIndex, new TaggedPropertyValue(StreamTags.FolderBinary, PropertyValue.Binary(Pattern(6))));

        // [MS-OXCPRPT] 2.2.14: PtypBinary is the type every server supports on folders.
        uint opened = await client.ReturnValueAsync(new RopOpenStreamRequest
        {
            InputHandleIndex = FolderIndex, OutputHandleIndex = StreamIndex, PropertyTag = StreamTags.FolderBinary, OpenModeFlags = OpenStreamModeFlags.ReadWrite,
        });
        CheckReturnValue("MS-OXCPRPT-R0079", ErrorCodes.Success, opened, "RopOpenStream ReadWrite on PidTagExtendedFolderFlags (PtypBinary) of a folder");

        byte[] content = await client.ReadStreamToEndAsync(StreamIndex);
        CheckEqual("MS-OXCPRPT-R0203", Hex(Pattern(6)), Hex(content), "folder stream content against the property value");

        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, 0);
        client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, 0x09, 0x09));
        await client.CommitStreamAsync(StreamIndex);

        // A folder's value is persisted by the commit ([MS-OXCPRPT] 3.2.5.13), so another session sees it.
        MailboxClient other = await LogonAsync();
        await other.OpenFolderAsync(folder.FolderId, FolderIndex);
        string actual = Hex(await other.GetPropertyAsync(FolderIndex, StreamTags.FolderBinary));
        CheckEqual("MS-OXCPRPT-R0217", "090902030405", actual, "the folder property read by another session after RopCommitStream");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0217")]
    public async Task Commit_sets_the_message_property_from_the_stream()
    {
        MailboxClient client = await MessageAsync();
        await client.OpenStreamAsync(MessageIndex, StreamIndex, StreamTags.MessageSecondBinary, OpenStreamModeFlags.Create);
        byte[] data = Pattern(12, 0x40);
        client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, data));
        await client.CommitStreamAsync(StreamIndex);
        await client.ReleaseAsync(StreamIndex);

        // [MS-OXCPRPT] 3.2.5.15: the property the stream was opened on now holds the stream's bytes.
        CheckEqual("MS-OXCPRPT-R0217", Hex(data), Hex(await client.GetPropertyAsync(MessageIndex, StreamTags.MessageSecondBinary)), "the property after RopCommitStream");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0203")]
    [Requirement("MS-OXCPRPT-R0217")]
    public async Task An_attachment_stream_starts_with_the_value_and_commit_stores_it_in_the_attachment()
    {
        MailboxClient client = await MessageAsync();
        await client.ExpectAsync<RopCreateAttachmentResponse>(new RopCreateAttachmentRequest { InputHandleIndex = MessageIndex, OutputHandleIndex = AttachmentIndex });
        byte[] value = Pattern(9, 0x30);
        await client.SetPropertiesAsync(AttachmentIndex, new TaggedPropertyValue(StreamTags.AttachmentBinary, PropertyValue.Binary(value)));
        await client.OpenStreamAsync(AttachmentIndex, StreamIndex, StreamTags.AttachmentBinary, OpenStreamModeFlags.ReadWrite);

        byte[] content = await client.ReadStreamToEndAsync(StreamIndex);
        CheckEqual("MS-OXCPRPT-R0203", Hex(value), Hex(content), "attachment stream content against PidTagAttachDataBinary");

        client.Success<RopWriteStreamResponse>(await client.WriteStreamAsync(StreamIndex, 0x77));
        await client.CommitStreamAsync(StreamIndex);
        CheckEqual("MS-OXCPRPT-R0217", Hex([.. value, 0x77]), Hex(await client.GetPropertyAsync(AttachmentIndex, StreamTags.AttachmentBinary)), "PidTagAttachDataBinary after RopCommitStream");
    }
}
