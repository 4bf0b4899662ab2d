namespace Conformance.Suites.OXCPRPT.S01_GetProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>[MS-OXCPRPT] 3.2.5.3: RopGetPropertiesList lists the properties currently set.</summary>
[TestFixture]
public sealed class GetPropertiesListTests : PropertyObjectTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0143")]
    public async Task The_list_follows_the_properties_currently_set([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        (PropertyTag text, PropertyTag number) = await ProbeTagsAsync(client);
        RemoveFromLogonAtEnd(opened, text, number);
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(text, PropertyValue.String("listed")), new TaggedPropertyValue(number, PropertyValue.Integer32(7)));
        ValueArray<PropertyTag> withBoth = await client.GetPropertiesListAsync(opened.Index);
        await client.DeletePropertiesAsync(opened.Index, number);
        ValueArray<PropertyTag> afterDelete = await client.GetPropertiesListAsync(opened.Index);

        // Both probes while set; the number no longer once deleted (the text still is).
        bool held = withBoth.Contains(text) && withBoth.Contains(number) && afterDelete.Contains(text) && !afterDelete.Any(t => t.PropertyId == number.PropertyId);
        Check("MS-OXCPRPT-R0143", held, $"{text} and {number}, then {text} without {number}", $"{string.Join(" ", withBoth)}, then {string.Join(" ", afterDelete)}");
    }
}
