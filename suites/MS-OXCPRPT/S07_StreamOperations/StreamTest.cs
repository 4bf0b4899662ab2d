namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// The setup the stream scenarios share: a saved message in the test's folder with a binary property to
/// stream on, the handle indexes they use, and the handling of the optional stream ROPs.
/// </summary>
public abstract class StreamTest : ConformanceTest
{
    protected const byte FolderIndex = 1;
    protected const byte MessageIndex = 2;
    protected const byte StreamIndex = 3;
    protected const byte SecondStreamIndex = 4;
    protected const byte ScratchIndex = 5;

    /// <summary>A handle index no test puts an object at.</summary>
    protected const byte EmptyIndex = 9;

    /// <summary>StreamSeekError ([MS-OXCPRPT] 3.2.5.18), the value of STG_E_SEEKERROR.</summary>
    protected const uint StreamSeekError = 0x80030019;

    /// <summary>StreamInvalidParam ([MS-OXCPRPT] 3.2.5.18), the value of STG_E_INVALIDPARAMETER.</summary>
    protected const uint StreamInvalidParam = 0x80030057;

    /// <summary>StreamAccessDenied ([MS-OXCPRPT] 3.2.5.13), the value of STG_E_ACCESSDENIED.</summary>
    protected const uint StreamAccessDenied = 0x80030005;

    /// <summary>The largest stream: 2^31 bytes ([MS-OXCPRPT] 2.2.19.2, 3.2.5.18).</summary>
    protected const long MaximumStreamSize = 1L << 31;

    /// <summary><paramref name="length"/> bytes counting up from <paramref name="start"/>, so every offset is recognizable.</summary>
    protected static byte[] Pattern(int length, int start = 0) => [.. Enumerable.Range(start, length).Select(i => (byte)i)];

    protected static string Hex(IEnumerable<byte> bytes) => Convert.ToHexString([.. bytes]);

    /// <summary>A PtypBinary value as hex, anything else (an error, another type) as itself.</summary>
    protected static string Hex(PropertyValue? value) => value is PropertyValue<ValueArray<byte>> binary ? Hex(binary.Value) : value?.ToString() ?? "(error)";

    /// <summary>Logs on, creates the test folder at <see cref="FolderIndex"/> and a saved message at <see cref="MessageIndex"/> with <paramref name="values"/>.</summary>
    protected async Task<MailboxClient> MessageAsync(params TaggedPropertyValue[] values)
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client, FolderIndex);
        await client.CreateSavedMessageAsync(folder.FolderId, MessageIndex, values);
        return client;
    }

    /// <summary>A saved message whose <see cref="StreamTags.MessageBinary"/> is <paramref name="value"/>, with a stream on it at <see cref="StreamIndex"/>.</summary>
    protected async Task<MailboxClient> StreamOnMessageAsync(byte[] value, OpenStreamModeFlags mode)
    {
        MailboxClient client = await MessageAsync(new TaggedPropertyValue(StreamTags.MessageBinary, PropertyValue.Binary(value)));
        await client.OpenStreamAsync(MessageIndex, StreamIndex, StreamTags.MessageBinary, mode);
        return client;
    }

    /// <summary>
    /// For a ROP a server may leave out ([MS-OXCPRPT] 3.2.5.19, 3.2.5.21 to 3.2.5.24): records whether the target
    /// implements it under <paramref name="supportId"/>; when it does not (NotSupported or NotImplemented), the
    /// rules that apply only to servers implementing it are recorded inconclusive and the test ends Inconclusive.
    /// </summary>
    protected void RecordOptionalRop(string supportId, string rop, uint returnValue, params string[] dependentIds)
    {
        bool implemented = returnValue is not (ErrorCodes.NotSupported or ErrorCodes.NotImplemented);
        Check(supportId, implemented, $"{rop} implemented", implemented ? $"{rop} answered {ErrorCodes.Describe(returnValue)}" : $"{rop} not implemented ({ErrorCodes.Describe(returnValue)})");
        if (!implemented)
        {
            string reason = $"the target does not implement {rop}, so the rules for servers that do do not apply";
            foreach (string id in dependentIds)
            {
                Requirements.Current.Recorder.RecordInconclusive(id, reason, LastExchange);
            }

            Assert.Inconclusive(reason);
        }
    }
}
