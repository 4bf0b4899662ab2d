namespace Conformance.Suites.OXCPRPT.S03_NamedProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Property;

/// <summary>[MS-OXCPRPT] 2.2.12.2, 3.2.5.10: RopGetPropertyIdsFromNames.</summary>
[TestFixture]
public sealed class GetPropertyIdsFromNamesTests : PropertyObjectTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0072")]
    [Requirement("MS-OXCPRPT-R0073")]
    [Requirement("MS-OXCPRPT-R0191")]
    public async Task Ids_follow_the_request_order_and_unmapped_names_get_zero([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        ValueArray<ushort> registered = await client.RegisterNamedPropertiesAsync(opened.Index, PropertyRopTags.TextProbe, PropertyRopTags.NumberProbe);

        // Lookup only (Flags 0x00): the unregistered name stays unmapped; so does a PS_MAPI name that is not a LID ([MS-OXCPRPT] 2.2.12.2).
        PropertyName unregistered = Names.Unregistered();
        PropertyName mapiString = PropertyName.FromName(PropertyName.PsMapi, "not-a-lid");
        RopGetPropertyIdsFromNamesResponse response = await client.GetPropertyIdsFromNamesAsync(
            opened.Index, GetPropertyIdsFromNamesFlags.None, PropertyRopTags.NumberProbe, unregistered, PropertyRopTags.TextProbe, mapiString);
        ushort[] ids = [.. response.PropertyIds];

        Check("MS-OXCPRPT-R0073", ids.Length == 4 && ids[0] == registered[1] && ids[2] == registered[0], $"0x{registered[1]:X4} first, 0x{registered[0]:X4} third", Show(ids), "names in the opposite order to their registration");
        Check("MS-OXCPRPT-R0072", ids.Length == 4 && ids[1] == 0 && ids[3] == 0, "0x0000 for the unregistered name and for the PS_MAPI string name", Show(ids));
        Check("MS-OXCPRPT-R0191", ids.Length == 4 && ids[1] == 0, "0x0000 for a name without an ID when Flags is 0x00", Show(ids));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0070")]
    [Requirement("MS-OXCPRPT-R0189")]
    [Requirement("MS-OXCPRPT-R0196")]
    public async Task No_names_on_the_logon_enumerate_every_registered_id()
    {
        MailboxClient client = await LogonAsync();
        ValueArray<ushort> ours = await client.RegisterNamedPropertiesAsync(MailboxClient.LogonIndex, PropertyRopTags.TextProbe, PropertyRopTags.NumberProbe, Names.TextInConformanceSet);

        ValueArray<ushort> enumerated = await Names.RegisteredIdsAsync(client);
        CheckEqual("MS-OXCPRPT-R0189", true, ours.All(enumerated.Contains), $"the enumeration holds the IDs just registered ({Show([.. ours])}) among {enumerated.Count}");

        // RopQueryNamedProperties without filters lists every named property ([MS-OXCPRPT] 3.2.5.6): the same total.
        RopQueryNamedPropertiesResponse all = await client.QueryNamedPropertiesAsync(MailboxClient.LogonIndex);
        CheckEqual("MS-OXCPRPT-R0070", all.PropertyIds.Count, enumerated.Count, "PropertyIdCount against the number of named properties RopQueryNamedProperties lists");

        // 15 significant bits: at most 32,767 IDs, none outside the named range ([MS-OXCPRPT] 3.2.5.10).
        bool capped = enumerated.Count <= 32767 && enumerated.All(id => id >= 0x8000 && id != 0xFFFF);
        Check("MS-OXCPRPT-R0196", capped, "at most 32,767 IDs, all in 0x8000-0xFFFE", $"{enumerated.Count} IDs, out of range: {Show([.. enumerated.Where(id => id < 0x8000 || id == 0xFFFF)])}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0190")]
    public async Task PS_MAPI_names_map_to_their_LID_and_internet_header_names_ignore_case()
    {
        MailboxClient client = await LogonAsync();

        // PS_MAPI LID 0x0037 is PidTagSubject's own ID; the two header spellings are one name once lowercased.
        RopGetPropertyIdsFromNamesResponse response = await client.GetPropertyIdsFromNamesAsync(
            MailboxClient.LogonIndex,
            GetPropertyIdsFromNamesFlags.Create,
            PropertyName.FromLid(PropertyName.PsMapi, 0x0037),
            PropertyName.FromName(Names.PsInternetHeaders, "X-Conformance-Prpt-Header"),
            PropertyName.FromName(Names.PsInternetHeaders, "x-conformance-prpt-header"),
            PropertyRopTags.TextProbe);
        ValueArray<ushort> again = await client.RegisterNamedPropertiesAsync(MailboxClient.LogonIndex, PropertyRopTags.TextProbe);
        ushort[] ids = [.. response.PropertyIds];

        bool held = ids.Length == 4 && ids[0] == 0x0037 && ids[1] != 0 && ids[1] == ids[2] && ids[3] == again[0];
        Check("MS-OXCPRPT-R0190", held, $"0x0037, one ID for both header spellings, the probe's ID 0x{again[0]:X4} again", Show(ids));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0192")]
    [Requirement("MS-OXCPRPT-R0193")]
    public async Task Newly_registered_ids_are_unique()
    {
        MailboxClient client = await LogonAsync();
        HashSet<ushort> before = [.. await Names.RegisteredIdsAsync(client)];

        ValueArray<ushort> created = await client.RegisterNamedPropertiesAsync(MailboxClient.LogonIndex, Names.Unregistered(), Names.Unregistered());

        Check("MS-OXCPRPT-R0192", created.Count == 2 && created[0] != created[1] && created.All(id => id != 0), "two different nonzero IDs for two new names", Show([.. created]));
        Check("MS-OXCPRPT-R0193", created.All(id => !before.Contains(id)), "IDs that no name had before", $"{Show([.. created])}; already mapped: {Show([.. created.Where(before.Contains)])}");
    }

    private static string Show(ushort[] ids) => ids.Length == 0 ? "(none)" : string.Join(" ", ids.Select(id => $"0x{id:X4}"));
}
