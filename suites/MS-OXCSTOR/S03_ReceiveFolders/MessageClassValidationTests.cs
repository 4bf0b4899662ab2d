namespace Conformance.Suites.OXCSTOR.S03_ReceiveFolders;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>[MS-OXCSTOR] 3.2.5.2, 3.2.5.3: message classes that break the string rules, and the rows a client may not change.</summary>
[TestFixture]
public sealed class MessageClassValidationTests : ReceiveFolderTest
{
    /// <summary>
    /// One class per rule of [MS-OXCSTOR] 2.2.1.2.1 and 2.2.1.3.1: too long (255 characters plus the terminator),
    /// a character below 32, a character above 126, a leading period, a trailing period, adjacent periods.
    /// </summary>
    private static readonly string[] InvalidClasses =
    [
        "IPM.Note." + new string('X', 255 - 9),
        "IPM.Note\u001F",
        "IPM.Note\u007F",
        ".IPM.Note",
        "IPM.Note.",
        "IPM..Note",
    ];

    [Test]
    [Requirement("MS-OXCSTOR-R0162")]
    public async Task RopGetReceiveFolder_with_a_malformed_message_class_fails_with_ecInvalidParam()
    {
        MailboxClient client = await LogonAsync();

        var answers = new List<string>();
        bool held = true;
        foreach (string messageClass in InvalidClasses)
        {
            uint returnValue = await client.ReturnValueAsync(new RopGetReceiveFolderRequest { InputHandleIndex = MailboxClient.LogonIndex, MessageClass = messageClass });
            held &= returnValue == ErrorCodes.InvalidParameter;
            answers.Add($"{Describe(messageClass)}: {ErrorCodes.Describe(returnValue)}");
        }

        // [MS-OXCSTOR] 3.2.5.2: ecInvalidParam is 0x80070057 for each of them.
        Check("MS-OXCSTOR-R0162", held, ErrorCodes.Describe(ErrorCodes.InvalidParameter), string.Join("; ", answers), "every malformed MessageClass is rejected");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0164")]
    public async Task RopSetReceiveFolder_with_a_malformed_message_class_fails_with_ecInvalidParam()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);

        var answers = new List<string>();
        bool held = true;
        foreach (string messageClass in InvalidClasses)
        {
            uint returnValue = await SetReceiveFolderAsync(client, messageClass, folder.FolderId);
            held &= returnValue == ErrorCodes.InvalidParameter;
            answers.Add($"{Describe(messageClass)}: {ErrorCodes.Describe(returnValue)}");
        }

        // [MS-OXCSTOR] 3.2.5.3: ecInvalidParam is 0x80070057 for each of them.
        Check("MS-OXCSTOR-R0164", held, ErrorCodes.Describe(ErrorCodes.InvalidParameter), string.Join("; ", answers), "every malformed MessageClass is rejected");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0165")]
    public async Task RopSetReceiveFolder_for_IPM_or_Report_IPM_in_any_case_fails_with_ecAccessDenied()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);

        var answers = new List<string>();
        bool held = true;
        foreach (string messageClass in new[] { "IPM", "ipm", "Report.IPM", "rEPORT.ipm" })
        {
            uint returnValue = await SetReceiveFolderAsync(client, messageClass, folder.FolderId);
            held &= returnValue == ErrorCodes.AccessDenied;
            answers.Add($"{messageClass}: {ErrorCodes.Describe(returnValue)}");
        }

        // [MS-OXCSTOR] 3.2.5.3: ecAccessDenied is 0x80070005 (the comparison ignores case).
        Check("MS-OXCSTOR-R0165", held, ErrorCodes.Describe(ErrorCodes.AccessDenied), string.Join("; ", answers), "the IPM and Report.IPM rows cannot be changed");
    }

    [Test]
    [Requirement("MS-OXCSTOR-R0166")]
    public async Task RopSetReceiveFolder_with_an_empty_class_and_Folder_ID_0_fails_with_ecError()
    {
        MailboxClient client = await LogonAsync();

        uint returnValue = await SetReceiveFolderAsync(client, string.Empty, default);

        // [MS-OXCSTOR] 3.2.5.3: ecError is 0x80004005.
        CheckReturnValue("MS-OXCSTOR-R0166", ErrorCodes.GeneralFailure, returnValue);
    }

    private static string Describe(string messageClass) =>
        messageClass.Length > 40 ? $"({messageClass.Length} characters)" : $"\"{string.Concat(messageClass.Select(c => c is < ' ' or > '~' ? $"\\x{(int)c:X2}" : c.ToString()))}\"";
}
