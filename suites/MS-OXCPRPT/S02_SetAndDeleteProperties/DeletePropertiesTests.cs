namespace Conformance.Suites.OXCPRPT.S02_SetAndDeleteProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;

/// <summary>
/// [MS-OXCPRPT] 3.2.5.5: RopDeleteProperties (and RopDeletePropertiesNoReplicate, 2.2.8) on every object type, and when
/// the deletion is stored: at once for folders and the logon, on save for messages and attachments.
/// </summary>
[TestFixture]
public sealed class DeletePropertiesTests : PropertyObjectTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0152")]
    [Requirement("MS-OXCPRPT-R0153")]
    [Requirement("MS-OXCPRPT-R0154")]
    public async Task Deleted_properties_have_no_value_left([Values] ObjectKind kind, [Values] bool noReplicate)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, PropertyTag number) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text, number);
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text, PropertyValue.String("to delete")), new TaggedPropertyValue(number, PropertyValue.Integer32(3)));

        RopRequest request = noReplicate
            ? new RopDeletePropertiesNoReplicateRequest { InputHandleIndex = opened.Index, PropertyTags = new[] { text, number } }
            : new RopDeletePropertiesRequest { InputHandleIndex = opened.Index, PropertyTags = new[] { text, number } };
        var response = client.Success<PropertyProblemsResponse>(await client.RunAsync(request));
        ValueArray<PropertyTag> list = await client.GetPropertiesListAsync(opened.Index);
        bool removed = response.PropertyProblems.Count == 0 && !list.Any(t => t.PropertyId == text.PropertyId || t.PropertyId == number.PropertyId);
        Check("MS-OXCPRPT-R0152", removed, "no property problem and neither probe listed", $"{response.PropertyProblems.Count} problem(s); listed: {string.Join(" ", list)}", request.RopId.ToString());

        PropertyRow row = await client.GetPropertiesAsync(opened.Index, text, number);
        Check("MS-OXCPRPT-R0153", row.ValueArray.All(cell => cell.Flag != FlaggedPropertyValueFlag.Available), "no value for either", string.Join(", ", row.ValueArray.Select(cell => $"{cell.Flag} {Show(cell.Value)}")));

        // NotFound (0x8004010F) in place of each value ([MS-OXCPRPT] 3.2.5.5).
        Check("MS-OXCPRPT-R0154", row.ValueArray.All(cell => ErrorOf(cell) == 0x8004010F), "NotFound (0x8004010F) twice", string.Join(", ", row.ValueArray.Select(cell => $"{cell.Flag} {Show(cell.Value)}")));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0155")]
    [Requirement("MS-OXCPRPT-R0156")]
    [Requirement("MS-OXCPRPT-R0157")]
    public async Task Message_deletions_apply_to_the_handle_at_once_and_are_stored_by_RopSaveChangesMessage()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Message);
        PropertyTag subject = PropertyRopTags.Subject;
        await client.DeletePropertiesAsync(MessageIndex, subject);

        PropertyValue? sameHandle = await client.GetPropertyAsync(MessageIndex, subject);
        Check("MS-OXCPRPT-R0155", sameHandle is null, "no value on the same handle", Show(sameHandle));
        ValueArray<TaggedPropertyValue> all = await client.GetPropertiesAllAsync(MessageIndex);
        var remaining = all.Where(v => v.PropertyTag.PropertyId == subject.PropertyId && v.PropertyTag.PropertyType != PropertyType.PtypErrorCode).ToList();
        Check("MS-OXCPRPT-R0156", remaining.Count == 0, "PidTagSubject absent from RopGetPropertiesAll", string.Join(", ", remaining.Select(v => v.ToString())));

        MailboxClient other = await LogonAsync();
        PropertyValue? beforeSave = await SetPropertiesTests.ReadStoredAsync(other, opened, subject);
        await client.SaveMessageAsync(MessageIndex);
        PropertyValue? afterSave = await SetPropertiesTests.ReadStoredAsync(other, opened, subject);
        bool held = Equals(beforeSave, PropertyValue.String("conformance property object")) && afterSave is null;
        Check("MS-OXCPRPT-R0157", held, "stored subject still there before RopSaveChangesMessage, gone after", $"{Show(beforeSave)} before, {Show(afterSave)} after");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0158")]
    [Requirement("MS-OXCPRPT-R0159")]
    public async Task Attachment_deletions_apply_to_the_handle_at_once_and_are_stored_by_both_saves()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Attachment);
        var name = new TaggedPropertyValue(PropertyRopTags.AttachLongFilename, PropertyValue.String("kept.txt"));
        await client.SetPropertiesAsync(AttachmentIndex, name);
        await CommitAsync(client, opened);

        await client.DeletePropertiesAsync(AttachmentIndex, name.PropertyTag);
        PropertyValue? sameHandle = await client.GetPropertyAsync(AttachmentIndex, name.PropertyTag);
        Check("MS-OXCPRPT-R0158", sameHandle is null, "no value on the same handle", Show(sameHandle));

        MailboxClient other = await LogonAsync();
        PropertyValue? unsaved = await SetPropertiesTests.ReadStoredAsync(other, opened, name.PropertyTag);
        await SaveAttachmentAsync(client, AttachmentIndex);
        PropertyValue? attachmentSaved = await SetPropertiesTests.ReadStoredAsync(other, opened, name.PropertyTag);
        await client.SaveMessageAsync(MessageIndex);
        PropertyValue? bothSaved = await SetPropertiesTests.ReadStoredAsync(other, opened, name.PropertyTag);
        bool held = Equals(unsaved, name.PropertyValue) && Equals(attachmentSaved, name.PropertyValue) && bothSaved is null;
        Check("MS-OXCPRPT-R0159", held, "still stored, still stored after RopSaveChangesAttachment, gone after RopSaveChangesMessage", $"{Show(unsaved)}; {Show(attachmentSaved)}; {Show(bothSaved)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0160")]
    public async Task Folder_and_logon_deletions_are_stored_at_once([Values(ObjectKind.Logon, ObjectKind.Folder)] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, _) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text);
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text, PropertyValue.String("deleted at once")));
        await client.DeletePropertiesAsync(opened.Index, text);

        MailboxClient other = await LogonAsync();
        PropertyValue? stored = await SetPropertiesTests.ReadStoredAsync(other, opened, text);
        Check("MS-OXCPRPT-R0160", stored is null, "no value for another session", Show(stored), $"{kind} object");
    }
}
