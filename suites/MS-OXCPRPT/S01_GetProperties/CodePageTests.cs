namespace Conformance.Suites.OXCPRPT.S01_GetProperties;

using System.Text;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// [MS-OXCPRPT] 3.2.5.1: the code page of 8-bit (MBCS) string values: the one a Message object was opened with
/// (its attachments inherit it), else the Logon object's; folders and the logon always use the logon's.
/// </summary>
[TestFixture]
public sealed class CodePageTests : PropertyObjectTest
{
    /// <summary>Windows Cyrillic: its bytes for Cyrillic letters differ from every western code page's.</summary>
    private const ushort Cyrillic = 1251;

    private const string CyrillicText = "\u0416\u0443\u043a";

    /// <summary>PidTagCodePageId of the Logon object ([MS-OXCSTOR] 2.2.2.1.1): the logon's code page.</summary>
    private static readonly PropertyTag CodePageId = new(0x66C3, PropertyType.PtypInteger32);

    [Test]
    [Requirement("MS-OXCPRPT-R0135")]
    [Requirement("MS-OXCPRPT-R0137")]
    public async Task Strings_of_a_message_opened_with_a_code_page_and_of_its_attachments_use_that_code_page()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Attachment);
        await client.SetPropertiesAsync(AttachmentIndex, new TaggedPropertyValue(PropertyRopTags.AttachLongFilename, PropertyValue.String(CyrillicText)));
        await client.SetPropertiesAsync(MessageIndex, new TaggedPropertyValue(PropertyRopTags.Subject, PropertyValue.String(CyrillicText)));
        await CommitAsync(client, opened);

        // Opened again with CodePageId 1251 ([MS-OXCMSG] 2.2.3.1.1), the 8-bit strings are Windows-1251 bytes.
        MailboxClient reader = await LogonAsync();
        await reader.ExpectAsync<RopOpenMessageResponse>(new RopOpenMessageRequest
        {
            InputHandleIndex = MailboxClient.LogonIndex,
            OutputHandleIndex = MessageIndex,
            CodePageId = Cyrillic,
            FolderId = opened.Folder.FolderId,
            OpenModeFlags = OpenMessageModeFlags.ReadOnly,
            MessageId = opened.MessageId!.Value,
        });
        byte[] expected = Encoding(Cyrillic).GetBytes(CyrillicText);

        byte[]? subject = await String8BytesAsync(reader, MessageIndex, PropertyRopTags.Subject);
        CheckBytes("MS-OXCPRPT-R0135", expected, subject, "PidTagSubject of a message opened with code page 1251");

        await reader.ExpectAsync<RopOpenAttachmentResponse>(new RopOpenAttachmentRequest
        {
            InputHandleIndex = MessageIndex,
            OutputHandleIndex = AttachmentIndex,
            OpenAttachmentFlags = OpenAttachmentFlags.ReadOnly,
            AttachmentID = opened.AttachmentId!.Value,
        });
        byte[]? fileName = await String8BytesAsync(reader, AttachmentIndex, PropertyRopTags.AttachLongFilename);
        CheckBytes("MS-OXCPRPT-R0137", expected, fileName, "PidTagAttachLongFilename of an attachment of that message");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0136")]
    [Requirement("MS-OXCPRPT-R0138")]
    [Requirement("MS-OXCPRPT-R0139")]
    public async Task Strings_of_objects_without_their_own_code_page_use_the_logon_code_page()
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, ObjectKind.Attachment);
        string[] ids = ["MS-OXCPRPT-R0136", "MS-OXCPRPT-R0138", "MS-OXCPRPT-R0139"];
        PropertyValue? logonCodePage = await client.GetPropertyAsync(MailboxClient.LogonIndex, CodePageId);
        if (logonCodePage is not PropertyValue<int> { Value: > 0 } codePage)
        {
            foreach (string id in ids)
            {
                Requirements.Current.Inconclusive(id, "the Logon object does not report PidTagCodePageId, so the logon's code page is unknown", LastExchange);
            }

            Assert.Inconclusive("the Logon object does not report PidTagCodePageId");
            return;
        }

        Encoding logon = Encoding(codePage.Value);
        string text = TextFor(logon);
        byte[] expected = logon.GetBytes(text);
        (PropertyTag probe, _) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(probe);
        await client.SetPropertiesAsync(AttachmentIndex, new TaggedPropertyValue(PropertyRopTags.AttachLongFilename, PropertyValue.String(text)));
        await client.SetPropertiesAsync(MessageIndex, new TaggedPropertyValue(PropertyRopTags.Subject, PropertyValue.String(text)));
        await CommitAsync(client, opened);
        await client.SetPropertiesAsync(FolderIndex, new TaggedPropertyValue(probe, PropertyValue.String(text)));
        await client.SetPropertiesAsync(MailboxClient.LogonIndex, new TaggedPropertyValue(probe, PropertyValue.String(text)));

        // The message is opened with 0x0FFF, which asks for no code page of its own ([MS-OXCMSG] 2.2.3.1.1).
        MailboxClient reader = await LogonAsync();
        byte index = await OpenStoredAsync(reader, opened);
        CheckBytes("MS-OXCPRPT-R0136", expected, await String8BytesAsync(reader, MessageIndex, PropertyRopTags.Subject), $"PidTagSubject of a message opened without a code page, logon code page {codePage.Value}");
        CheckBytes("MS-OXCPRPT-R0138", expected, await String8BytesAsync(reader, index, PropertyRopTags.AttachLongFilename), $"PidTagAttachLongFilename of its attachment, logon code page {codePage.Value}");
        await reader.OpenFolderAsync(opened.Folder.FolderId, FolderIndex);
        byte[]? folder = await String8BytesAsync(reader, FolderIndex, probe);
        byte[]? mailbox = await String8BytesAsync(reader, MailboxClient.LogonIndex, probe);
        bool both = folder is not null && mailbox is not null && folder.SequenceEqual(expected) && mailbox.SequenceEqual(expected);
        Check("MS-OXCPRPT-R0139", both, Convert.ToHexString(expected), $"folder {Hex(folder)}, logon {Hex(mailbox)}", $"a string property of a folder and of the logon, logon code page {codePage.Value}");
    }

    private static Encoding Encoding(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? System.Text.Encoding.GetEncoding(codePage);

    /// <summary>A text with letters beyond ASCII that the code page holds exactly, so its bytes identify the code page used.</summary>
    private static string TextFor(Encoding codePage)
    {
        Encoding strict = CodePagesEncodingProvider.Instance.GetEncoding(codePage.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? System.Text.Encoding.GetEncoding(codePage.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        foreach (string candidate in new[] { "caf\u00e9 \u00c5", CyrillicText, "\u00c5\u00c4\u00d6", "\u03b1\u03b2\u03b3" })
        {
            try
            {
                if (strict.GetString(strict.GetBytes(candidate)) == candidate)
                {
                    return candidate;
                }
            }
            catch (EncoderFallbackException)
            {
                // Not in this code page; try the next text.
            }
        }

        return "plain text";
    }

    /// <summary>The bytes of a PtypString8 value (the codec carries them one byte per character).</summary>
    private static async Task<byte[]?> String8BytesAsync(MailboxClient client, byte index, PropertyTag tag) =>
        await client.GetPropertyAsync(index, tag.WithType(PropertyType.PtypString8)) is PropertyValue<string> value ? System.Text.Encoding.Latin1.GetBytes(value.Value) : null;

    private void CheckBytes(string id, byte[] expected, byte[]? actual, string message) =>
        Check(id, actual is not null && actual.SequenceEqual(expected), Convert.ToHexString(expected), Hex(actual), message);

    private static string Hex(byte[]? bytes) => bytes is null ? "(no value)" : Convert.ToHexString(bytes);
}
