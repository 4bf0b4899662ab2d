namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// The byte examples of [MS-OXSHARE] section 4: the PidLidSharingProviderGuid value, the
/// PidLidSharingInitiatorEntryId value (an Address Book EntryID) and the PidLidSharingResponseType /
/// PidLidSharingResponseTime data, plus the RopSetProperties of 4.1 built from its property table.
/// </summary>
public sealed class SharingExampleVectorTests
{
    // [MS-OXSHARE] 4.3 prints the 16 bytes; the 4.1 and 4.2 dumps lost one 00 in conversion (15 bytes shown, "size 16" stated).
    private const string ProviderGuidDump = "0000: AE F0 06 00 00 00 00 00 C0 00 00 00 00 00 00 46";

    // [MS-OXSHARE] 4.1: the dump as printed has 124 bytes for a stated size of 125; row 0010 lost one 00 of the
    // 4-byte Type field (15 bytes on that row). The bytes below restore it, which is the only reading that fits the layout.
    private const string InitiatorEntryIdDump = """
        0000: 00 00 00 00 DC A7 40 C8 C0 42 10 1A B4 B9 08 00
        0010: 2B 2F E1 82 01 00 00 00 00 00 00 00 2F 6F 3D 46
        0020: 69 72 73 74 20 4F 72 67 61 6E 69 7A 61 74 69 6F
        0030: 6E 2F 6F 75 3D 45 78 63 68 61 6E 67 65 20 41 64
        0040: 6D 69 6E 69 73 74 72 61 74 69 76 65 20 47 72 6F
        0050: 75 70 20 28 46 59 44 49 42 4F 48 46 32 33 53 50
        0060: 44 4C 54 29 2F 63 6E 3D 52 65 63 69 70 69 65 6E
        0070: 74 73 2F 63 6E 3D 75 73 65 72 31 32 00
        """;

    [Test]
    public void ProviderGuidIsThe16BytesItsStringFormSpells()
    {
        byte[] bytes = Hex.Parse(ProviderGuidDump);
        Assert.Multiple(() =>
        {
            Assert.That(bytes, Has.Length.EqualTo(16), "stated size");

            // PidNameXSharingProviderGuid carries the same value as hex text ([MS-OXSHARE] 4.1 table).
            Assert.That(Convert.ToHexString(bytes), Is.EqualTo("AEF0060000000000C000000000000046"));
            Assert.That(new Guid(bytes), Is.EqualTo(new Guid("0006F0AE-0000-0000-C000-000000000046")));
        });

        // As a PtypBinary value in a ROP buffer: a 16-bit COUNT then the bytes.
        PropertyValue value = PropertyValue.Binary(bytes);
        byte[] encoded = Codec.Encode(w => value.Encode(w));
        Assert.That(encoded, Is.EqualTo((byte[])[0x10, 0x00, .. bytes]));
        var reader = new ProtocolReader(encoded);
        Assert.That(PropertyValue.Decode(ref reader, PropertyType.PtypBinary), Is.EqualTo(value));
    }

    [Test]
    public void InitiatorEntryIdIsAnAddressBookEntryId()
    {
        byte[] bytes = Hex.Parse(InitiatorEntryIdDump);
        AddressBookEntryId entryId = AddressBookEntryId.Decode(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(bytes, Has.Length.EqualTo(125), "stated size");
            Assert.That(entryId.Flags, Is.Zero);
            Assert.That(entryId.ProviderUid, Is.EqualTo(AddressBookEntryId.AddressBookProviderUid));
            Assert.That(entryId.Version, Is.EqualTo(1u));
            Assert.That(entryId.Type, Is.EqualTo(AddressBookEntryId.LocalMailUser));
            Assert.That(entryId.X500DistinguishedName, Is.EqualTo("/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user12"));
            Assert.That(entryId.ToBytes(), Is.EqualTo(bytes), "re-encoded");
        });
    }

    [Test]
    public void InitiatorEntryIdAsPrintedShowsTheLostByte()
    {
        // Decoded as printed (124 bytes), the DN's leading '/' falls into Type, which no Address Book
        // EntryID type has: evidence that the dump, not the layout, lost a byte.
        byte[] printed = Hex.Parse(InitiatorEntryIdDump.Replace("01 00 00 00 00 00 00 00 2F", "01 00 00 00 00 00 00 2F", StringComparison.Ordinal));
        Assert.That(printed, Has.Length.EqualTo(124));
        AddressBookEntryId misread = AddressBookEntryId.Decode(printed);
        Assert.That((misread.Type, misread.X500DistinguishedName[0]), Is.EqualTo((0x2F000000u, 'o')));
    }

    [TestCase("02 00 00 00", 2, TestName = "ResponseTypeDenied(4.2)")]
    [TestCase("01 00 00 00", 1, TestName = "ResponseTypeAccepted(4.3)")]
    public void SharingResponseTypeData(string data, int expected)
    {
        // [MS-OXSHARE] 4.2 / 4.3: PidLidSharingResponseType (0x83E4, PtypInteger32) set on the request.
        byte[] bytes = Hex.Parse("03 00 E4 83 " + data);
        var reader = new ProtocolReader(bytes);
        TaggedPropertyValue tagged = TaggedPropertyValue.Decode(ref reader);
        Assert.That(tagged, Is.EqualTo(new TaggedPropertyValue(0x83E4, PropertyValue.Integer32(expected))));
        Assert.That(Codec.Encode(w => tagged.Encode(w)), Is.EqualTo(bytes));
    }

    [Test]
    public void SharingResponseTimeData()
    {
        // [MS-OXSHARE] 4.2 / 4.3: PidLidSharingResponseTime (0x83E3, PtypTime) = 2008/03/06 23:43:00.000 UTC.
        byte[] bytes = Hex.Parse("40 00 E3 83 00 9A C2 CF E3 7F C8 01");
        var reader = new ProtocolReader(bytes);
        TaggedPropertyValue tagged = TaggedPropertyValue.Decode(ref reader);
        ulong fileTime = ((PropertyValue<ulong>)tagged.PropertyValue).Value;
        Assert.That(DateTime.FromFileTimeUtc((long)fileTime), Is.EqualTo(new DateTime(2008, 3, 6, 23, 43, 0, DateTimeKind.Utc)));
        Assert.That(Codec.Encode(w => tagged.Encode(w)), Is.EqualTo(bytes));
    }

    [Test]
    public void SharingRequestPropertiesTravelInOneRopSetProperties()
    {
        // [MS-OXSHARE] 4.1: the property table of the sharing request, with the IDs the example's server assigned.
        var values = new TaggedPropertyValue[]
        {
            new(0x001A, PropertyValue.String("IPM.Sharing")),
            new(0x806D, PropertyValue.String("Sharing")),
            new(0x0E1D, PropertyValue.String("Sharing request: calendar")),
            new(0x003D, PropertyValue.String(string.Empty)),
            new(0x8243, PropertyValue.Binary(Hex.Parse(ProviderGuidDump))),
            new(0x836F, PropertyValue.String("AEF0060000000000C000000000000046")),
            new(0x8244, PropertyValue.String("Microsoft Exchange")),
            new(0x8370, PropertyValue.String("Microsoft Exchange")),
            new(0x8245, PropertyValue.String("HTTP://www.microsoft.com/exchange")),
            new(0x8371, PropertyValue.String("HTTP://www.microsoft.com/exchange")),
            new(0x83D0, PropertyValue.String(string.Empty)),
            new(0x8377, PropertyValue.String(string.Empty)),
            new(0x823D, PropertyValue.Integer32(0x00020500)),
            new(0x836D, PropertyValue.String("20500")),
            new(0x823C, PropertyValue.Integer32(0x00040290)),
            new(0x836C, PropertyValue.String("40290")),
            new(0x824F, PropertyValue.String("IPF.Appointment")),
            new(0x8379, PropertyValue.String("IPF.Appointment")),
            new(0x8249, PropertyValue.Binary(Hex.Parse(InitiatorEntryIdDump))),
            new(0x8029, PropertyValue.String("user12")),
            new(0x8248, PropertyValue.String("user12@fabrikam.com")),
        };
        var request = new RopSetPropertiesRequest { InputHandleIndex = 0, PropertyValues = values };
        byte[] bytes = request.ToBytes();
        Assert.That(Codec.DecodeRequest(bytes), Is.EqualTo(request));

        // PropertyValueSize counts PropertyValueCount and PropertyValues ([MS-OXCPRPT] 2.2.5.1): everything after the 5-byte head.
        Assert.That(BitConverter.ToUInt16(bytes, 3), Is.EqualTo(bytes.Length - 5));
    }
}
