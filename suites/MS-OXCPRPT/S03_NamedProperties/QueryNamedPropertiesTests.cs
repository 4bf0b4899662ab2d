namespace Conformance.Suites.OXCPRPT.S03_NamedProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Property;

/// <summary>[MS-OXCPRPT] 2.2.9, 3.2.5.6: RopQueryNamedProperties and its QueryFlags and PropertyGuid filters.</summary>
[TestFixture]
public sealed class QueryNamedPropertiesTests : PropertyObjectTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0025")]
    [Requirement("MS-OXCPRPT-R0026")]
    [Requirement("MS-OXCPRPT-R0036")]
    [Requirement("MS-OXCPRPT-R0161")]
    [Requirement("MS-OXCPRPT-R0165")]
    public async Task The_named_properties_come_back_filtered_by_QueryFlags_and_PropertyGuid([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        PropertyName text = Names.TextInConformanceSet;
        PropertyName number = PropertyRopTags.NumberProbe;
        ValueArray<ushort> ids = await client.RegisterNamedPropertiesAsync(MailboxClient.LogonIndex, text, number);
        var textTag = new PropertyTag(ids[0], PropertyType.PtypString);
        var numberTag = new PropertyTag(ids[1], PropertyType.PtypInteger32);
        RemoveFromLogonAtEnd(opened, textTag, numberTag);

        // Both names are also set on the object, whichever way a server reads "the named properties of an object".
        await client.SetPropertiesAsync(opened.Index, new TaggedPropertyValue(textTag, PropertyValue.String("named")), new TaggedPropertyValue(numberTag, PropertyValue.Integer32(1)));
        Guid set = PropertyRopTags.ConformanceSet;

        RopQueryNamedPropertiesResponse all = await client.QueryNamedPropertiesAsync(opened.Index, QueryFlags.None, set);
        var pairs = Pairs(all);
        Check("MS-OXCPRPT-R0161", pairs.Contains((ids[0], text)) && pairs.Contains((ids[1], number)), $"0x{ids[0]:X4} {Names.Show(text)} and 0x{ids[1]:X4} {Names.Show(number)}", Describe(pairs), "PropertyGuid = the suites' property set");

        // Each ID sits at the position of its own name ([MS-OXCPRPT] 2.2.9.2).
        bool aligned = all.PropertyIds.Count == all.PropertyNames.Count
            && Enumerable.Range(0, all.PropertyIds.Count).All(i => (all.PropertyNames[i] != text || all.PropertyIds[i] == ids[0]) && (all.PropertyNames[i] != number || all.PropertyIds[i] == ids[1]));
        Check("MS-OXCPRPT-R0036", aligned, $"0x{ids[0]:X4} beside {Names.Show(text)}, 0x{ids[1]:X4} beside {Names.Show(number)}", Describe(pairs));

        var noStrings = Pairs(await client.QueryNamedPropertiesAsync(opened.Index, QueryFlags.NoStrings, set));
        Check("MS-OXCPRPT-R0025", noStrings.All(p => p.Name.Kind != PropertyNameKind.Name) && noStrings.Contains((ids[1], number)), "LID names only, the LID probe among them", Describe(noStrings), "QueryFlags NoStrings");

        var noIds = Pairs(await client.QueryNamedPropertiesAsync(opened.Index, QueryFlags.NoIds, set));
        Check("MS-OXCPRPT-R0026", noIds.All(p => p.Name.Kind != PropertyNameKind.Lid) && noIds.Contains((ids[0], text)), "string names only, the string probe among them", Describe(noIds), "QueryFlags NoIds");

        // Undefined bits (0xFC) change nothing ([MS-OXCPRPT] 3.2.5.6).
        var undefinedBits = Pairs(await client.QueryNamedPropertiesAsync(opened.Index, (QueryFlags)0xFC, set));
        Check("MS-OXCPRPT-R0165", undefinedBits.SetEquals(pairs), Describe(pairs), Describe(undefinedBits), "QueryFlags 0xFC");
    }

    private static HashSet<(ushort Id, PropertyName Name)> Pairs(RopQueryNamedPropertiesResponse response) =>
        [.. response.PropertyIds.Zip(response.PropertyNames, (id, name) => (id, name))];

    private static string Describe(HashSet<(ushort Id, PropertyName Name)> pairs) =>
        pairs.Count == 0 ? "(none)" : string.Join(", ", pairs.Select(p => $"0x{p.Id:X4} {Names.Show(p.Name)}"));
}
