namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;

/// <summary>[MS-OXCPRPT] 2.2.14, 3.2.5.11: RopOpenStream modes, initial content and seek pointer, and its errors.</summary>
[TestFixture]
public sealed class OpenStreamTests : StreamTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0198")]
    public async Task Each_open_mode_gives_the_access_it_names()
    {
        byte[] value = Pattern(16);
        MailboxClient client = await StreamOnMessageAsync(value, OpenStreamModeFlags.ReadOnly);
        uint readOnlySize = await client.GetStreamSizeAsync(StreamIndex);
        RopWriteStreamResponse readOnlyWrite = await client.WriteStreamAsync(StreamIndex, 0xAA);
        await client.ReleaseAsync(StreamIndex);

        RopOpenStreamResponse readWrite = await client.OpenStreamAsync(MessageIndex, StreamIndex, StreamTags.MessageBinary, OpenStreamModeFlags.ReadWrite);
        RopWriteStreamResponse readWriteWrite = await client.WriteStreamAsync(StreamIndex, 0xAA);
        await client.CommitStreamAsync(StreamIndex);
        await client.ReleaseAsync(StreamIndex);

        RopOpenStreamResponse create = await client.OpenStreamAsync(MessageIndex, StreamIndex, StreamTags.MessageBinary, OpenStreamModeFlags.Create);
        RopWriteStreamResponse createWrite = await client.WriteStreamAsync(StreamIndex, 0xBB);

        // [MS-OXCPRPT] 2.2.14.1: ReadOnly shows the value and refuses writes; ReadWrite shows it and takes writes;
        // Create drops the value (an empty stream) and takes writes.
        bool held = readOnlySize == value.Length && readOnlyWrite.ReturnValue != ErrorCodes.Success
            && readWrite.StreamSize == value.Length && readWriteWrite is { ReturnValue: ErrorCodes.Success, WrittenSize: 1 }
            && create.StreamSize == 0 && createWrite is { ReturnValue: ErrorCodes.Success, WrittenSize: 1 };
        Check(
            "MS-OXCPRPT-R0198",
            held,
            "ReadOnly: 16 bytes, write refused; ReadWrite: 16 bytes, write taken; Create: 0 bytes, write taken",
            $"ReadOnly: {readOnlySize} bytes, write {ErrorCodes.Describe(readOnlyWrite.ReturnValue)}; ReadWrite: {readWrite.StreamSize} bytes, write {ErrorCodes.Describe(readWriteWrite.ReturnValue)}; Create: {create.StreamSize} bytes, write {ErrorCodes.Describe(createWrite.ReturnValue)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0202")]
    [Requirement("MS-OXCPRPT-R0203")]
    public async Task A_new_stream_holds_the_property_value_with_the_seek_pointer_at_the_start()
    {
        byte[] value = Pattern(40, 7);
        MailboxClient client = await StreamOnMessageAsync(value, OpenStreamModeFlags.ReadOnly);

        // [MS-OXCPRPT] 3.2.5.11: RopOpenStream names no position, so the pointer starts at the beginning.
        ulong position = await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Current, 0);
        CheckEqual("MS-OXCPRPT-R0202", 0UL, position, "seek pointer of a stream just opened");

        byte[] content = await client.ReadStreamToEndAsync(StreamIndex);
        CheckEqual("MS-OXCPRPT-R0203", Hex(value), Hex(content), "stream content against the property value");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0204")]
    public async Task Opening_fails_with_NotSupported_on_an_object_without_streams_and_NotFound_on_an_unset_property()
    {
        MailboxClient client = await MessageAsync();

        // [MS-OXCPRPT] 2.2.14: streams open on Folder, Message and Attachment objects only, not on the Logon object.
        uint onLogon = await client.ReturnValueAsync(new RopOpenStreamRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex, OutputHandleIndex = StreamIndex, PropertyTag = StreamTags.MessageBinary, OpenModeFlags = OpenStreamModeFlags.ReadOnly,
        });

        // [MS-OXCPRPT] 3.2.5.11: without Create, a property the message does not have cannot be opened.
        uint readOnlyUnset = await client.ReturnValueAsync(new RopOpenStreamRequest
        {
            InputHandleIndex = MessageIndex, OutputHandleIndex = StreamIndex, PropertyTag = StreamTags.MessageSecondBinary, OpenModeFlags = OpenStreamModeFlags.ReadOnly,
        });
        uint readWriteUnset = await client.ReturnValueAsync(new RopOpenStreamRequest
        {
            InputHandleIndex = MessageIndex, OutputHandleIndex = StreamIndex, PropertyTag = StreamTags.MessageSecondBinary, OpenModeFlags = OpenStreamModeFlags.ReadWrite,
        });

        bool held = onLogon == ErrorCodes.NotSupported && readOnlyUnset == ErrorCodes.NotFound && readWriteUnset == ErrorCodes.NotFound;
        Check(
            "MS-OXCPRPT-R0204",
            held,
            "Logon object: NotSupported; unset property ReadOnly: NotFound; ReadWrite: NotFound",
            $"Logon object: {ErrorCodes.Describe(onLogon)}; unset property ReadOnly: {ErrorCodes.Describe(readOnlyUnset)}; ReadWrite: {ErrorCodes.Describe(readWriteUnset)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0199")]
    public async Task A_public_folder_stream_opens_only_ReadOnly()
    {
        MailboxClient client = await LogonPublicAsync();
        await client.OpenFolderAsync(client.PublicFolders!.InterpersonalMessagesSubtree, FolderIndex);
        string name = $"conformance {TestContext.CurrentContext.Test.Name} {TestValues.NewGuid():N}";
        RopCreateFolderResponse created = await client.CreateFolderAsync(FolderIndex, MessageIndex, name);
        AddCleanup(async () =>
        {
            // A fresh session, so the cleanup does not depend on the handles the test left behind.
            MailboxClient cleaner = await LogonPublicAsync();
            await cleaner.OpenFolderAsync(cleaner.PublicFolders!.InterpersonalMessagesSubtree, FolderIndex);
            await cleaner.DeleteFolderAsync(FolderIndex, created.FolderId);
        });
        await client.SetPropertiesAsync(MessageIndex, new TaggedPropertyValue(StreamTags.FolderBinary, PropertyValue.Binary(Pattern(8))));

        uint readWrite = await client.ReturnValueAsync(new RopOpenStreamRequest
        {
            InputHandleIndex = MessageIndex, OutputHandleIndex = StreamIndex, PropertyTag = StreamTags.FolderBinary, OpenModeFlags = OpenStreamModeFlags.ReadWrite,
        });
        uint create = await client.ReturnValueAsync(new RopOpenStreamRequest
        {
            InputHandleIndex = MessageIndex, OutputHandleIndex = ScratchIndex, PropertyTag = StreamTags.FolderBinary, OpenModeFlags = OpenStreamModeFlags.Create,
        });

        // [MS-OXCPRPT] 3.2.5.11 (<11>: Exchange 2003 to 2010 allow it).
        Check(
            "MS-OXCPRPT-R0199",
            readWrite == ErrorCodes.NotSupported && create == ErrorCodes.NotSupported,
            "ReadWrite: NotSupported; Create: NotSupported",
            $"ReadWrite: {ErrorCodes.Describe(readWrite)}; Create: {ErrorCodes.Describe(create)}");
    }
}
