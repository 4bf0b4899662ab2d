namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using static Conformance.Suites.OXCPRPT.S05_CopyProperties.CopyObjects;

/// <summary>[MS-OXCPRPT] 2.2.11 and 3.2.5.8: RopCopyTo between messages, attachments and folders, and its error cases.</summary>
[TestFixture]
public sealed class CopyToTests : CopyTest
{
    /// <summary>RopCopyTo of every property (<paramref name="tag"/> among them).</summary>
    protected override RopRequest Copy(byte source, byte destination, CopyFlags flags, PropertyTag tag) => CopyTo(source, destination, flags);

    /// <summary>A source message with a subject, importance 2 and sensitivity 2, and a destination with importance 0, both saved and open.</summary>
    protected override async Task<(MailboxClient Client, TestFolder Folder, ObjectId SourceId, ObjectId DestinationId)> TwoMessagesAsync()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        ObjectId sourceId = await client.CreateSavedMessageAsync(
            folder.FolderId, Source, Tags.String(Tags.Subject, "copied subject"), Tags.Integer(Tags.Importance, 2), Tags.Integer(Tags.Sensitivity, 2));
        ObjectId destinationId = await client.CreateSavedMessageAsync(folder.FolderId, Destination, Tags.Integer(Tags.Importance, 0));
        return (client, folder, sourceId, destinationId);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0174")]
    [Requirement("MS-OXCPRPT-R0057")]
    [Requirement("MS-OXCPRPT-R0051")]
    public async Task Copy_to_copies_every_writable_property_but_the_excluded_ones()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();
        PropertyRow before = await client.GetPropertiesAsync(Destination, Tags.RecordKey, Tags.Sensitivity);

        RopResponse response = await client.RunAsync(CopyTo(Source, Destination, CopyFlags.None, wantSubObjects: false, Tags.Sensitivity));
        // [MS-OXCPRPT] 2.2.11.1: WantAsynchronous zero means synchronous processing, so the RopCopyTo response itself comes back.
        Check("MS-OXCPRPT-R0051", response is RopCopyToResponse { ReturnValue: 0 }, "RopCopyTo response, success", response);

        PropertyRow after = await client.GetPropertiesAsync(Destination, Tags.Subject, Tags.Importance, Tags.RecordKey, Tags.Sensitivity);
        PropertyValue? subject = after.ValueArray[0].Value;
        PropertyValue? importance = after.ValueArray[1].Value;
        PropertyValue? recordKey = after.ValueArray[2].Value;
        PropertyValue? sensitivity = after.ValueArray[3].Value;

        // [MS-OXCPRPT] 3.2.5.8: the writable properties arrive; PidTagRecordKey, read-only for the client (2.2.1.8), is not copied.
        Check(
            "MS-OXCPRPT-R0174",
            Equals(subject, PropertyValue.String("copied subject")) && Equals(importance, PropertyValue.Integer32(2)) && Equals(recordKey, before.ValueArray[0].Value),
            $"subject copied, importance 2, the destination's own record key {Show(before.ValueArray[0].Value)}",
            $"subject {Show(subject)}, importance {Show(importance)}, record key {Show(recordKey)}");

        // [MS-OXCPRPT] 2.2.11.1: an excluded property is neither copied nor moved, so the destination keeps what it had.
        Check("MS-OXCPRPT-R0057", Equals(sensitivity, before.ValueArray[1].Value), Show(before.ValueArray[1].Value), Show(sensitivity), "the excluded PidTagSensitivity on the destination");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0176")]
    public async Task Copy_to_with_NoOverwrite_keeps_the_values_the_destination_already_has()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        await client.ExpectAsync<RopCopyToResponse>(CopyTo(Source, Destination, CopyFlags.NoOverwrite));

        // [MS-OXCPRPT] 3.2.5.8: importance 0 on the destination stays; the subject it lacked is copied.
        PropertyRow row = await client.GetPropertiesAsync(Destination, Tags.Importance, Tags.Subject);
        PropertyValue? importance = row.ValueArray[0].Value;
        PropertyValue? subject = row.ValueArray[1].Value;
        Check(
            "MS-OXCPRPT-R0176",
            Equals(importance, PropertyValue.Integer32(0)) && Equals(subject, PropertyValue.String("copied subject")),
            "importance 0 kept, subject copied",
            $"importance {Show(importance)}, subject {Show(subject)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0176")]
    public async Task Copy_to_with_Move_and_NoOverwrite_together_never_overwrites_a_destination_value()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        // [MS-OXCPRPT] 2.2.11.1: the two bits SHOULD NOT be combined (note 3: only Exchange 2003 and 2007 accept
        // the combination). A server may refuse it; one that carries it out must still honour NoOverwrite.
        uint returnValue = await client.ReturnValueAsync(CopyTo(Source, Destination, CopyFlags.Move | CopyFlags.NoOverwrite));
        PropertyValue? importance = await client.GetPropertyAsync(Destination, Tags.Importance);

        Check(
            "MS-OXCPRPT-R0176",
            Equals(importance, PropertyValue.Integer32(0)),
            "importance 0 kept",
            Show(importance),
            $"Move | NoOverwrite answered {ErrorCodes.Describe(returnValue)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0174")]
    [Requirement("MS-OXCPRPT-R0175")]
    public async Task Copy_to_with_Move_puts_the_properties_on_the_destination_and_may_remove_them_from_the_source()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        await client.ExpectAsync<RopCopyToResponse>(CopyTo(Source, Destination, CopyFlags.Move));

        PropertyValue? moved = await client.GetPropertyAsync(Destination, Tags.Subject);
        CheckEqual<PropertyValue?>("MS-OXCPRPT-R0174", PropertyValue.String("copied subject"), moved, "destination after a move");

        // [MS-OXCPRPT] 3.2.5.8: the server MAY delete the moved properties from the source (note 8: Exchange 2003 to 2010 do).
        PropertyValue? left = await client.GetPropertyAsync(Source, Tags.Subject);
        Check("MS-OXCPRPT-R0175", left is null, "the subject removed from the source", Show(left));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0177")]
    public async Task Copy_to_with_an_undefined_CopyFlags_bit_fails_with_InvalidParameter()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        // 0x80 is neither Move (0x01) nor NoOverwrite (0x02), [MS-OXCPRPT] 2.2.11.1.
        uint returnValue = await client.ReturnValueAsync(CopyTo(Source, Destination, (CopyFlags)0x80));

        CheckReturnValue("MS-OXCPRPT-R0177", ErrorCodes.InvalidParameter, returnValue);
    }

    // [MS-OXCPRPT] 3.2.5.8: the save model of the copied object.
    [Test]
    [Requirement("MS-OXCPRPT-R0178")]
    public Task Copy_to_between_messages_is_stored_only_by_RopSaveChangesMessage() => CheckMessageCopyIsStoredOnlyBySaveAsync("MS-OXCPRPT-R0178");

    // [MS-OXCPRPT] 3.2.5.8: the save model of the copied object.
    [Test]
    [Requirement("MS-OXCPRPT-R0179")]
    public Task Copy_to_between_attachments_is_stored_only_by_RopSaveChangesAttachment_then_RopSaveChangesMessage() => CheckAttachmentCopyIsStoredOnlyByBothSavesAsync("MS-OXCPRPT-R0179");

    // [MS-OXCPRPT] 3.2.5.8: the save model of the copied object.
    [Test]
    [Requirement("MS-OXCPRPT-R0180")]
    public Task Copy_to_between_folders_is_stored_at_once() => CheckFolderCopyIsStoredAtOnceAsync("MS-OXCPRPT-R0180");

    [Test]
    [Requirement("MS-OXCPRPT-R0181")]
    public async Task Copy_to_with_Move_between_folders_may_fail_with_NotSupported()
    {
        (MailboxClient client, _, _, _) = await TwoFoldersAsync();

        uint returnValue = await client.ReturnValueAsync(CopyTo(Source, Destination, CopyFlags.Move));

        // [MS-OXCPRPT] 3.2.5.8: the server MAY refuse Move on Folder objects with NotSupported.
        Check("MS-OXCPRPT-R0181", returnValue == ErrorCodes.NotSupported, ErrorCodes.Describe(ErrorCodes.NotSupported), ErrorCodes.Describe(returnValue));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0052")]
    public async Task Copy_to_copies_the_messages_of_a_folder_only_with_WantSubObjects()
    {
        (MailboxClient client, TestFolder folder, ObjectId sourceId, _) = await TwoFoldersAsync();
        await client.CreateSavedMessageAsync(sourceId, 5, Tags.String(Tags.Subject, "inside"));
        await client.CreateFolderAsync(folder.Index, 6, "with subobjects");

        await client.ExpectAsync<RopCopyToResponse>(CopyTo(Source, Destination, CopyFlags.None, wantSubObjects: false));
        await client.ExpectAsync<RopCopyToResponse>(CopyTo(Source, 6, CopyFlags.None, wantSubObjects: true));
        RopQueryRowsResponse without = await client.ReadContentsTableAsync(Destination, 7, ContentsTableFlags.None, Tags.Subject);
        RopQueryRowsResponse with = await client.ReadContentsTableAsync(6, 8, ContentsTableFlags.None, Tags.Subject);

        // [MS-OXCPRPT] 2.2.11.1: WantSubObjects nonzero copies the subobjects (a folder's messages) too, zero leaves them out.
        string[] withSubjects = [.. with.RowData.Select(r => Show(r.ValueArray[0].Value))];
        Check(
            "MS-OXCPRPT-R0052",
            without.RowCount == 0 && withSubjects.SequenceEqual([Show(PropertyValue.String("inside"))]),
            "no message copied without WantSubObjects; the message 'inside' copied with it",
            $"{without.RowCount} message(s) without; [{string.Join(", ", withSubjects)}] with");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0063")]
    public async Task Copy_to_an_empty_handle_slot_answers_NullDestinationObject_with_the_DestHandleIndex()
    {
        (MailboxClient client, _, _, _) = await TwoMessagesAsync();

        // Slot 9 of the handle table holds no object.
        RopResponse response = await client.RunAsync(CopyTo(Source, Empty));

        // [MS-OXCPRPT] 2.2.11.2: the NullDestinationObject (0x00000503) response echoes the request's DestHandleIndex.
        Check(
            "MS-OXCPRPT-R0063",
            response is RopCopyToNullDestinationResponse { DestHandleIndex: Empty },
            $"NullDestinationObject with DestHandleIndex {Empty}",
            response);
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0183")]
    public async Task Copy_to_from_a_message_to_a_folder_fails_with_NotSupported()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, Source, Tags.String(Tags.Subject, "message"));

        // The destination is the test folder: a Folder object, where the source is a Message object.
        uint returnValue = await client.ReturnValueAsync(CopyTo(Source, folder.Index));

        // [MS-OXCPRPT] 3.2.5.8 table: incompatible source and destination SHOULD give NotSupported.
        CheckReturnValue("MS-OXCPRPT-R0183", ErrorCodes.NotSupported, returnValue, "message to folder");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0183")]
    public async Task Copy_to_with_subobjects_into_a_subfolder_of_the_source_fails_with_FolderCycle()
    {
        (MailboxClient client, _, _, _) = await TwoFoldersAsync();
        await client.CreateFolderAsync(Source, 5, "inner");

        uint returnValue = await client.ReturnValueAsync(CopyTo(Source, 5, CopyFlags.None, wantSubObjects: true));

        // [MS-OXCPRPT] 3.2.5.8 table: the source folder contains the destination folder.
        CheckReturnValue("MS-OXCPRPT-R0183", ErrorCodes.FolderCycle, returnValue, "folder into its own subfolder");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0183")]
    public async Task Copy_to_with_subobjects_onto_a_subfolder_of_the_same_name_fails_with_CollidingNames()
    {
        (MailboxClient client, _, _, _) = await TwoFoldersAsync();
        await client.CreateFolderAsync(Source, 5, "same name");
        await client.CreateFolderAsync(Destination, 6, "same name");

        uint returnValue = await client.ReturnValueAsync(CopyTo(Source, Destination, CopyFlags.None, wantSubObjects: true));

        // [MS-OXCPRPT] 3.2.5.8 table: a subobject with the same PidTagDisplayName already exists in the destination.
        CheckReturnValue("MS-OXCPRPT-R0183", ErrorCodes.CollidingNames, returnValue, "subfolder name taken in the destination");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0182")]
    public async Task Copy_to_from_a_public_folder_fails_with_NotSupported()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);

        // A second logon of the same session, to the public folders, with logon ID 1 at handle index 5.
        const byte publicLogonId = 1;
        const byte publicLogon = 5;
        const byte publicFolder = 6;
        RopResponse logon = await client.RunAsync(MailboxClient.PublicLogonRequest(publicLogon) with { LogonId = publicLogonId });
        if (logon is not RopLogonPublicFoldersResponse { ReturnValue: 0 } publicFolders)
        {
            Requirements.Current.Inconclusive("MS-OXCPRPT-R0182", $"the target has no public folders to log on to ({logon})", LastExchange);
            return;
        }

        await client.ExpectAsync<RopOpenFolderResponse>(new RopOpenFolderRequest
        {
            LogonId = publicLogonId, InputHandleIndex = publicLogon, OutputHandleIndex = publicFolder, FolderId = publicFolders.FolderIds.InterpersonalMessagesSubtree,
        });

        // The public folder is the source and the test folder the destination, so a server that copies changes only the test folder.
        uint returnValue = await client.ReturnValueAsync(CopyTo(publicFolder, folder.Index) with { LogonId = publicLogonId });

        // [MS-OXCPRPT] 3.2.5.8: a public folder as source or destination SHOULD give NotSupported (note 10: Exchange 2003 to 2010 do not).
        CheckReturnValue("MS-OXCPRPT-R0182", ErrorCodes.NotSupported, returnValue);
    }
}
