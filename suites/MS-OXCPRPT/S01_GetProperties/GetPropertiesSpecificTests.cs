namespace Conformance.Suites.OXCPRPT.S01_GetProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;

/// <summary>[MS-OXCPRPT] 3.2.5.1: RopGetPropertiesSpecific on a Message object.</summary>
[TestFixture]
public sealed class GetPropertiesSpecificTests : ConformanceTest
{
    private static readonly PropertyTag Subject = new(0x0037, PropertyType.PtypString);
    private static readonly PropertyTag Importance = new(0x0017, PropertyType.PtypInteger32);
    private static readonly PropertyTag Sensitivity = new(0x0036, PropertyType.PtypInteger32);

    [Test]
    [Requirement("MS-OXCPRPT-R0130")]
    [Requirement("MS-OXCPRPT-R0131")]
    public async Task Values_come_back_for_every_requested_tag_in_request_order()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(
            folder.FolderId,
            2,
            new TaggedPropertyValue(Subject, PropertyValue.String("order")),
            new TaggedPropertyValue(Importance, PropertyValue.Integer32(2)),
            new TaggedPropertyValue(Sensitivity, PropertyValue.Integer32(1)));

        // The request lists the tags in an order unlike the one they were set in.
        PropertyTag[] requested = [Sensitivity, Subject, Importance];
        PropertyRow row = await client.GetPropertiesAsync(2, requested);

        CheckEqual("MS-OXCPRPT-R0130", requested.Length, row.ValueArray.Count, "one value per requested tag");
        PropertyValue?[] values = [.. row.ValueArray.Select(v => v.Value)];
        PropertyValue[] expected = [PropertyValue.Integer32(1), PropertyValue.String("order"), PropertyValue.Integer32(2)];
        Check("MS-OXCPRPT-R0131", values.SequenceEqual(expected), string.Join(", ", expected.Select(v => v.ToString())), string.Join(", ", values.Select(v => v?.ToString() ?? "(error)")));
    }
}
