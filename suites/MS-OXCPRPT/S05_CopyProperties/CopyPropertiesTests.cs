namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using static Conformance.Suites.OXCPRPT.S05_CopyProperties.CopyObjects;

/// <summary>[MS-OXCPRPT] 2.2.10 and 3.2.5.7: RopCopyProperties between messages, attachments and folders.</summary>
[TestFixture]
public sealed class CopyPropertiesTests : CopyTest
{
    /// <summary>RopCopyProperties of <paramref name="tag"/> alone.</summary>
    protected override RopRequest Copy(byte source, byte destination, CopyFlags flags, PropertyTag tag) => CopyProperties(source, destination, flags, tag);

    /// <summary>A source message with a subject and importance 2, and a destination with importance 0 and sensitivity 1, both saved and open.</summary>
    protected override async Task<(MailboxClient Client, TestFolder Folder, ObjectId SourceId, ObjectId DestinationId)> TwoMessagesAsync()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        ObjectId sourceId = await client.CreateSavedMessageAsync(folder.FolderId, Source, Tags.String(Tags.Subject, "copied subject"), Tags.Integer(Tags.Importance, 2));
        ObjectId destinationId = await client.CreateSavedMessageAsync(folder.FolderId, Destination, Tags.Integer(Tags.Importance, 0), Tags.Integer(Tags.Sensitivity, 1));
        return (client, folder, sourceId, destinationId);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0166")]
    [Requirement("MS-OXCPRPT-R0039")]
    [Requirement("MS-OXCPRPT-R0040")]
    public async Task Copy_properties_copies_the_listed_properties_and_keeps_them_on_the_source()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        RopResponse response = await client.RunAsync(CopyProperties(Source, Destination, CopyFlags.None, Tags.Subject, Tags.Importance));
        // [MS-OXCPRPT] 2.2.10.1: WantAsynchronous zero means the ROP is processed synchronously, so its own response comes back.
        Check("MS-OXCPRPT-R0039", response is RopCopyPropertiesResponse { ReturnValue: 0 }, "RopCopyProperties response, success", response);

        // [MS-OXCPRPT] 3.2.5.7: each listed property now has the source's value on the destination.
        PropertyRow copied = await client.GetPropertiesAsync(Destination, Tags.Subject, Tags.Importance);
        PropertyValue?[] actual = [.. copied.ValueArray.Select(v => v.Value)];
        PropertyValue[] expected = [PropertyValue.String("copied subject"), PropertyValue.Integer32(2)];
        Check("MS-OXCPRPT-R0166", actual.SequenceEqual(expected), string.Join(", ", expected.Select(Show)), string.Join(", ", actual.Select(Show)));

        // [MS-OXCPRPT] 2.2.10.1: without the Move bit the properties are copied, so the source keeps them.
        PropertyRow kept = await client.GetPropertiesAsync(Source, Tags.Subject, Tags.Importance);
        PropertyValue?[] left = [.. kept.ValueArray.Select(v => v.Value)];
        Check("MS-OXCPRPT-R0040", left.SequenceEqual(expected), string.Join(", ", expected.Select(Show)), string.Join(", ", left.Select(Show)), "source after a copy without Move");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0168")]
    public async Task Copy_properties_with_NoOverwrite_keeps_the_values_the_destination_already_has()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(Source, Destination, CopyFlags.NoOverwrite, Tags.Subject, Tags.Importance));

        // [MS-OXCPRPT] 3.2.5.7: the destination's importance (0) stays; the subject it lacked is copied.
        PropertyRow row = await client.GetPropertiesAsync(Destination, Tags.Importance, Tags.Subject);
        PropertyValue? importance = row.ValueArray[0].Value;
        PropertyValue? subject = row.ValueArray[1].Value;
        Check(
            "MS-OXCPRPT-R0168",
            Equals(importance, PropertyValue.Integer32(0)) && Equals(subject, PropertyValue.String("copied subject")),
            "importance 0 kept, subject copied",
            $"importance {Show(importance)}, subject {Show(subject)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0166")]
    [Requirement("MS-OXCPRPT-R0167")]
    public async Task Copy_properties_with_Move_puts_the_properties_on_the_destination_and_may_remove_them_from_the_source()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        await client.ExpectAsync<RopCopyPropertiesResponse>(CopyProperties(Source, Destination, CopyFlags.Move, Tags.Subject));

        // [MS-OXCPRPT] 3.2.5.7: the moved property reaches the destination whatever the server does with the source.
        PropertyValue? moved = await client.GetPropertyAsync(Destination, Tags.Subject);
        CheckEqual<PropertyValue?>("MS-OXCPRPT-R0166", PropertyValue.String("copied subject"), moved, "destination after a move");

        // [MS-OXCPRPT] 3.2.5.7: the server MAY delete the moved property from the source (notes 6: Exchange 2003 and 2007 do).
        PropertyValue? left = await client.GetPropertyAsync(Source, Tags.Subject);
        Check("MS-OXCPRPT-R0167", left is null, "the subject removed from the source", Show(left));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0169")]
    public async Task Copy_properties_with_an_undefined_CopyFlags_bit_fails_with_InvalidParameter()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        // 0x04 is neither Move (0x01) nor NoOverwrite (0x02), [MS-OXCPRPT] 2.2.10.1.
        uint returnValue = await client.ReturnValueAsync(CopyProperties(Source, Destination, (CopyFlags)0x04, Tags.Subject));

        CheckReturnValue("MS-OXCPRPT-R0169", ErrorCodes.InvalidParameter, returnValue);
    }

    // [MS-OXCPRPT] 3.2.5.7: the save model of the copied object.
    [Test]
    [Requirement("MS-OXCPRPT-R0170")]
    public Task Copy_properties_between_messages_is_stored_only_by_RopSaveChangesMessage() => CheckMessageCopyIsStoredOnlyBySaveAsync("MS-OXCPRPT-R0170");

    // [MS-OXCPRPT] 3.2.5.7: the save model of the copied object.
    [Test]
    [Requirement("MS-OXCPRPT-R0171")]
    public Task Copy_properties_between_attachments_is_stored_only_by_RopSaveChangesAttachment_then_RopSaveChangesMessage() => CheckAttachmentCopyIsStoredOnlyByBothSavesAsync("MS-OXCPRPT-R0171");

    // [MS-OXCPRPT] 3.2.5.7: the save model of the copied object.
    [Test]
    [Requirement("MS-OXCPRPT-R0172")]
    public Task Copy_properties_between_folders_is_stored_at_once() => CheckFolderCopyIsStoredAtOnceAsync("MS-OXCPRPT-R0172");

    [Test]
    [Requirement("MS-OXCPRPT-R0173")]
    public async Task Copy_properties_with_Move_between_folders_fails_with_NotSupported()
    {
        (MailboxClient client, _, _, _) = await TwoFoldersAsync();

        uint returnValue = await client.ReturnValueAsync(CopyProperties(Source, Destination, CopyFlags.Move, Tags.Comment));

        // [MS-OXCPRPT] 3.2.5.7: Move on a Folder object SHOULD give NotSupported.
        CheckReturnValue("MS-OXCPRPT-R0173", ErrorCodes.NotSupported, returnValue);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0049")]
    public async Task Copy_properties_to_an_empty_handle_slot_answers_NullDestinationObject_with_the_DestHandleIndex()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        // Slot 9 of the handle table holds no object.
        RopResponse response = await client.RunAsync(CopyProperties(Source, Empty, CopyFlags.None, Tags.Subject));

        // [MS-OXCPRPT] 2.2.10.2: the NullDestinationObject (0x00000503) response echoes the request's DestHandleIndex.
        Check(
            "MS-OXCPRPT-R0049",
            response is RopCopyPropertiesNullDestinationResponse { DestHandleIndex: Empty },
            $"NullDestinationObject with DestHandleIndex {Empty}",
            response);
    }
}
