namespace Conformance.Suites.OXCPRPT.S01_GetProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Property;

/// <summary>[MS-OXCPRPT] 3.2.5.1: a string property asked for with PtypUnspecified comes back in the width WantUnicode asks for.</summary>
[TestFixture]
public sealed class UnspecifiedTypeTests : ConformanceTest
{
    [TestCase(true, PropertyType.PtypString, "MS-OXCPRPT-R0132")]
    [TestCase(false, PropertyType.PtypString8, "MS-OXCPRPT-R0133")]
    [Requirement("MS-OXCPRPT-R0132")]
    [Requirement("MS-OXCPRPT-R0133")]
    public async Task A_string_requested_as_PtypUnspecified_comes_back_in_the_width_WantUnicode_asks_for(bool wantUnicode, PropertyType expected, string id)
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);

        // An ASCII subject reads the same in both widths, so only the type can differ.
        await client.CreateSavedMessageAsync(folder.FolderId, 2, new TaggedPropertyValue(PropertyRopTags.Subject, PropertyValue.String("width")));
        RopGetPropertiesSpecificResponse response = await client.ExpectAsync<RopGetPropertiesSpecificResponse>(new RopGetPropertiesSpecificRequest
        {
            InputHandleIndex = 2,
            WantUnicode = wantUnicode,
            PropertyTags = new[] { PropertyRopTags.Subject.WithType(PropertyType.PtypUnspecified) },
        });

        PropertyValue? value = response.RowData.ValueArray[0].Value;
        CheckEqual(id, expected, value?.Type, $"type of PidTagSubject requested as PtypUnspecified with WantUnicode {wantUnicode}");
    }
}
