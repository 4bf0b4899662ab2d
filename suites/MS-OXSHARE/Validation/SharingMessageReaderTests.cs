namespace Conformance.Suites.OXSHARE.Validation;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Suites.OXSHARE.Flows;
using E = SectionFourExamples;
using P = SharingProperties;

/// <summary>
/// The validator's reader on a saved message: named properties are found by name in a fresh session, so a
/// broken property of a message already in a mailbox is seen. It judges the reader, not the target, and
/// records no checkpoint.
/// </summary>
[TestFixture]
public sealed class SharingMessageReaderTests : SharingFlowTest
{
    [Test]
    public async Task A_broken_message_saved_in_the_mailbox_is_found_broken_when_read_back()
    {
        MailboxClient writer = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(writer);
        Dictionary<string, PropertyValue> example = E.Request();
        example[P.XFlavor.Name] = PropertyValue.String("020500");
        example[P.Ignored[0].Name] = PropertyValue.Integer32(1);
        ObjectId messageId = await SaveAsync(writer, folder.FolderId, 2, P.All.Where(p => example.ContainsKey(p.Name)).ToDictionary(p => p, p => example[p.Name]));

        MailboxClient reader = await LogonAsync();
        await reader.OpenMessageAsync(folder.FolderId, messageId, 1, Protocol.Rops.Support.OpenMessageModeFlags.ReadOnly);
        IReadOnlyDictionary<string, PropertyValue> read = await SharingMessageValidator.ReadAsync(reader, 1);
        SharingValidationReport report = SharingMessageValidator.Validate(read);

        Assert.That(read.Keys, Is.SupersetOf(example.Keys), "every property set is found by its name");
        Assert.That(report.Findings.Where(f => f.Outcome == FindingOutcome.NotHeld).Select(f => f.RequirementId), Is.EquivalentTo(new[] { "MS-OXSHARE-R0006", "MS-OXSHARE-R0038", "MS-OXSHARE-R0001" }), report.ToString());
    }
}
