namespace Conformance.Suites.OXCSTOR.S90_ClientObligations;

using System.Text;
using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;

/// <summary>
/// RopGetReceiveFolder and RopSetReceiveFolder as our client sends them ([MS-OXCSTOR] 2.2.1.2.1, 2.2.1.3.1), read by
/// the layouts of [MS-OXCROPS] 2.2.3.2.1 (RopId, LogonId, InputHandleIndex, MessageClass) and 2.2.3.3.1 (RopId,
/// LogonId, InputHandleIndex, FolderId, MessageClass).
/// </summary>
[TestFixture]
public sealed class ReceiveFolderRequestTests : ConformanceTest
{
    // [MS-OXCROPS] 2.2.3.1.2: RopId, OutputHandleIndex, ReturnValue (4), LogonFlags, then 13 Folder IDs; the Inbox is the fifth.
    private const int InboxInLogonResponse = 7 + (4 * 8);

    /// <summary>Message classes that break one rule each of [MS-OXCSTOR] 2.2.1.2.1.</summary>
    private static readonly string[] InvalidClasses =
    [
        ".IPM.Note", "IPM.Note.", "IPM..Note", "IPM.\u0001Note", "IPM.\u007FNote", "IPM.Not\u00E9", new string('A', 255),
    ];

    [Test]
    [Requirement("MS-OXCSTOR-R0035")]
    [Requirement("MS-OXCSTOR-R0036")]
    [Requirement("MS-OXCSTOR-R0042")]
    [Requirement("MS-OXCSTOR-R0043")]
    [Requirement("MS-OXCSTOR-R0044")]
    public async Task Receive_folder_requests_carry_the_Folder_ID_as_returned_and_a_valid_null_terminated_ASCII_class()
    {
        MailboxClient client = await LogonAsync();
        byte[] inbox = Wire.Slice(Wire.Response(LastExchange!, Wire.RopLogon), InboxInLogonResponse, 8);
        string messageClass = $"IPM.Conformance.C{TestValues.NewGuid():N}";
        TargetUser owner = client.User;
        AddCleanup(async () =>
        {
            // [MS-OXCSTOR] 2.2.1.3.1: Folder ID 0 removes the entry again.
            await using MailboxClient cleaner = new(new RopSession(await Target.ConnectAsync(owner)));
            await cleaner.LogonPrivateAsync();
            await cleaner.SetReceiveFolderAsync(new ObjectId(0, 0), messageClass);
        });
        var log = new ExchangeLog(client);

        // Our client refuses every malformed class before anything is sent.
        int refused = 0;
        foreach (string invalid in InvalidClasses)
        {
            refused += await RefusesAsync(() => client.SetReceiveFolderAsync(client.Folders.Inbox, invalid)) ? 1 : 0;
            refused += await RefusesAsync(() => client.GetReceiveFolderAsync(invalid)) ? 1 : 0;
        }

        bool nothingSent = log.Count == 0;

        await client.SetReceiveFolderAsync(client.Folders.Inbox, messageClass);
        byte[] set = Wire.Request(LastExchange!, Wire.RopSetReceiveFolder);
        byte[] setClass = set[11..];
        CheckEqual("MS-OXCSTOR-R0042", Wire.Hex(inbox), Wire.Hex(set.AsSpan(3, 8)), "the 8-byte FolderId after InputHandleIndex against the Inbox Folder ID of the logon response");
        Check("MS-OXCSTOR-R0043", setClass.AsSpan().SequenceEqual(Terminated(messageClass)), Wire.Hex(Terminated(messageClass)), Wire.Hex(setClass), "MessageClass after FolderId, ASCII with its terminator, ending the ROP");
        Check("MS-OXCSTOR-R0044", IsValidClassOnTheWire(setClass) && refused == 2 * InvalidClasses.Length && nothingSent, "a valid class sent, every malformed one refused unsent", $"sent {Wire.Hex(setClass)}, refused {refused} of {2 * InvalidClasses.Length}, nothing sent before: {nothingSent}");

        string subclass = messageClass + ".Sub";
        await client.GetReceiveFolderAsync(subclass);
        byte[] get = Wire.Request(LastExchange!, Wire.RopGetReceiveFolder);
        byte[] getClass = get[3..];
        Check("MS-OXCSTOR-R0035", getClass.AsSpan().SequenceEqual(Terminated(subclass)), Wire.Hex(Terminated(subclass)), Wire.Hex(getClass), "MessageClass after InputHandleIndex, ASCII with its terminator, ending the ROP");
        Check("MS-OXCSTOR-R0036", IsValidClassOnTheWire(getClass) && refused == 2 * InvalidClasses.Length && nothingSent, "a valid class sent, every malformed one refused unsent", $"sent {Wire.Hex(getClass)}, refused {refused} of {2 * InvalidClasses.Length}, nothing sent before: {nothingSent}");
    }

    private static byte[] Terminated(string ascii) => [.. Encoding.ASCII.GetBytes(ascii), 0x00];

    /// <summary>[MS-OXCSTOR] 2.2.1.2.1: 1 to 255 bytes with the terminator, characters 32 to 126, no leading, trailing or adjacent periods.</summary>
    private static bool IsValidClassOnTheWire(byte[] field)
    {
        if (field.Length is 0 or > 255 || field[^1] != 0x00)
        {
            return false;
        }

        byte[] text = field[..^1];
        return text.All(b => b is >= 32 and <= 126)
            && (text.Length == 0 || (text[0] != (byte)'.' && text[^1] != (byte)'.'))
            && !text.Zip(text.Skip(1)).Any(pair => pair.First == (byte)'.' && pair.Second == (byte)'.');
    }

    private static async Task<bool> RefusesAsync(Func<Task> send)
    {
        try
        {
            await send();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
