namespace Conformance.Suites.OXCPRPT.S02_SetAndDeleteProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;

/// <summary>
/// [MS-OXCPRPT] 3.2.5.4: RopSetProperties (and RopSetPropertiesNoReplicate, which works the same way, 2.2.6) on every
/// object type, and when the new values are stored: at once for folders and the logon, on save for messages and attachments.
/// </summary>
[TestFixture]
public sealed class SetPropertiesTests : PropertyObjectTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0144")]
    public async Task Every_client_writable_property_is_set([Values] ObjectKind kind, [Values] bool noReplicate)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, PropertyTag number) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text, number);
        TaggedPropertyValue[] values = [new(text, PropertyValue.String("written")), new(number, PropertyValue.Integer32(-12))];

        RopRequest request = noReplicate
            ? new RopSetPropertiesNoReplicateRequest { InputHandleIndex = opened.Index, PropertyValues = values }
            : new RopSetPropertiesRequest { InputHandleIndex = opened.Index, PropertyValues = values };
        var response = client.Success<PropertyProblemsResponse>(await client.RunAsync(request));
        PropertyRow row = await client.GetPropertiesAsync(opened.Index, text, number);

        bool held = response.PropertyProblems.Count == 0
            && Equals(ValueOf(row.ValueArray[0]), values[0].PropertyValue)
            && Equals(ValueOf(row.ValueArray[1]), values[1].PropertyValue);
        Check("MS-OXCPRPT-R0144", held, "no property problem; 'written' and -12 read back", $"{response.PropertyProblems.Count} problem(s); {Show(ValueOf(row.ValueArray[0]))}, {Show(ValueOf(row.ValueArray[1]))}", request.RopId.ToString());
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0146")]
    [Requirement("MS-OXCPRPT-R0147")]
    [Requirement("MS-OXCPRPT-R0148")]
    public async Task Message_values_are_readable_on_the_handle_at_once_and_stored_by_RopSaveChangesMessage()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Message);
        (_, PropertyTag number) = await ProbeTagsAsync(client);
        var subject = new TaggedPropertyValue(PropertyRopTags.Subject, PropertyValue.String("changed, not saved"));
        await client.SetPropertiesAsync(MessageIndex, subject, new TaggedPropertyValue(number, PropertyValue.Integer32(99)));

        PropertyValue? sameHandle = await client.GetPropertyAsync(MessageIndex, PropertyRopTags.Subject);
        CheckEqual("MS-OXCPRPT-R0146", (PropertyValue?)subject.PropertyValue, sameHandle, "RopGetPropertiesSpecific on the same Message object handle");
        ValueArray<TaggedPropertyValue> all = await client.GetPropertiesAllAsync(MessageIndex);
        Check("MS-OXCPRPT-R0147", all.Contains(subject), subject.ToString(), string.Join(", ", all.Where(v => v.PropertyTag.PropertyId == subject.PropertyTag.PropertyId).Select(v => Show(v.PropertyValue))), "RopGetPropertiesAll on the same handle");

        // Another session sees the stored message: the old subject until RopSaveChangesMessage, the new one after it.
        MailboxClient other = await LogonAsync();
        PropertyValue? beforeSave = await ReadStoredAsync(other, opened, PropertyRopTags.Subject);
        await client.SaveMessageAsync(MessageIndex);
        PropertyValue? afterSave = await ReadStoredAsync(other, opened, PropertyRopTags.Subject);
        bool held = Equals(beforeSave, PropertyValue.String("conformance property object")) && Equals(afterSave, subject.PropertyValue);
        Check("MS-OXCPRPT-R0148", held, "stored subject 'conformance property object' before the save, 'changed, not saved' after", $"{Show(beforeSave)} before, {Show(afterSave)} after");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0149")]
    [Requirement("MS-OXCPRPT-R0150")]
    public async Task Attachment_values_are_readable_on_the_handle_at_once_and_stored_by_both_saves()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Attachment);
        var name = new TaggedPropertyValue(PropertyRopTags.AttachLongFilename, PropertyValue.String("changed.txt"));
        await client.SetPropertiesAsync(AttachmentIndex, name);

        CheckEqual("MS-OXCPRPT-R0149", (PropertyValue?)name.PropertyValue, await client.GetPropertyAsync(AttachmentIndex, name.PropertyTag), "same Attachment object handle");

        // Stored only after RopSaveChangesAttachment and then RopSaveChangesMessage ([MS-OXCPRPT] 3.2.5.4).
        MailboxClient other = await LogonAsync();
        PropertyValue? unsaved = await ReadStoredAsync(other, opened, name.PropertyTag);
        await SaveAttachmentAsync(client, AttachmentIndex);
        PropertyValue? attachmentSaved = await ReadStoredAsync(other, opened, name.PropertyTag);
        await client.SaveMessageAsync(MessageIndex);
        PropertyValue? bothSaved = await ReadStoredAsync(other, opened, name.PropertyTag);
        bool held = !Equals(unsaved, name.PropertyValue) && !Equals(attachmentSaved, name.PropertyValue) && Equals(bothSaved, name.PropertyValue);
        Check("MS-OXCPRPT-R0150", held, "not stored, not stored after RopSaveChangesAttachment, stored after RopSaveChangesMessage", $"{Show(unsaved)}; {Show(attachmentSaved)}; {Show(bothSaved)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0151")]
    public async Task Folder_and_logon_values_are_stored_at_once([Values(ObjectKind.Logon, ObjectKind.Folder)] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, _) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text);
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text, PropertyValue.String("stored at once")));

        // No commit ROP: another session reads the new value right away.
        MailboxClient other = await LogonAsync();
        CheckEqual("MS-OXCPRPT-R0151", (PropertyValue?)PropertyValue.String("stored at once"), await ReadStoredAsync(other, opened, text), $"{kind} object read by another session");
    }

    /// <summary>Opens the stored object afresh in <paramref name="other"/> and reads one property (null when it has no value).</summary>
    internal static async Task<PropertyValue?> ReadStoredAsync(MailboxClient other, OpenedObject opened, PropertyTag tag)
    {
        byte index = await OpenStoredAsync(other, opened);
        PropertyValue? value = await other.GetPropertyAsync(index, tag);
        if (index != MailboxClient.LogonIndex)
        {
            // Release what was opened, so the next read opens the stored object again.
            await other.ReleaseAsync(index);
            if (index == AttachmentIndex)
            {
                await other.ReleaseAsync(MessageIndex);
            }
        }

        return value;
    }
}
