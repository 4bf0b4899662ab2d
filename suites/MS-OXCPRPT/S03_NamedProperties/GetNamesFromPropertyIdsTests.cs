namespace Conformance.Suites.OXCPRPT.S03_NamedProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>[MS-OXCPRPT] 3.2.5.9: RopGetNamesFromPropertyIds.</summary>
[TestFixture]
public sealed class GetNamesFromPropertyIdsTests : PropertyObjectTest
{
    [Test]
    [Requirement("MS-OXCPRPT-R0185")]
    [Requirement("MS-OXCPRPT-R0187")]
    [Requirement("MS-OXCPRPT-R0188")]
    public async Task Each_id_gets_its_registered_name_or_none([Values] ObjectKind kind)
    {
        MailboxClient client = await LogonAsync();
        OpenedObject opened = await OpenObjectAsync(client, kind);
        ValueArray<ushort> registered = await client.RegisterNamedPropertiesAsync(MailboxClient.LogonIndex, PropertyRopTags.NumberProbe, PropertyRopTags.TextProbe);
        ushort unregistered = await Names.UnregisteredIdAsync(client);

        // A LID name, an ID without a name, a PS_MAPI ID below 0x8000 and a string name, in that order.
        ValueArray<PropertyName> names = await client.GetNamesFromPropertyIdsAsync(opened.Index, registered[0], unregistered, 0x0037, registered[1]);

        string actual = string.Join(", ", names.Select(Names.Show));
        bool composed = names.Count == 4 && names[2] == PropertyName.FromLid(PropertyName.PsMapi, 0x0037);
        Check("MS-OXCPRPT-R0185", composed, "four names, the third PS_MAPI LID 0x00000037", actual);
        bool named = names.Count == 4 && names[0] == PropertyRopTags.NumberProbe && names[3] == PropertyRopTags.TextProbe;
        Check("MS-OXCPRPT-R0187", named, $"{Names.Show(PropertyRopTags.NumberProbe)} first, {Names.Show(PropertyRopTags.TextProbe)} last", actual);
        Check("MS-OXCPRPT-R0188", names.Count == 4 && names[1].Kind == PropertyNameKind.None, $"Kind 0xFF for 0x{unregistered:X4}", actual);
    }
}
