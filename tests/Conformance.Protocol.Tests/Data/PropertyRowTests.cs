namespace Conformance.Protocol.Tests.Data;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>PropertyRow variants of [MS-OXCDATA] 2.8.1 and the flagged values of 2.11.5 / 2.11.6.</summary>
public sealed class PropertyRowTests
{
    private static readonly ValueArray<PropertyTag> Columns = new PropertyTag[]
    {
        new(0x863E, PropertyType.PtypBoolean),
        new(0x863F, PropertyType.PtypInteger32),
        new(0x65E2, PropertyType.PtypBinary),
    };

    [Test]
    public void FlaggedRowOfTheGetPropertiesSpecificExample()
    {
        // [MS-OXCPRPT] 4.3.2: flagged row, False, 98, then ecNotFound in place of PidTagChangeKey.
        byte[] bytes = Hex.Parse("01 00 00 00 62 00 00 00 0A 0F 01 04 80");
        var expected = PropertyRow.Flagged(
            FlaggedPropertyValue.Available(PropertyValue.Boolean(false)),
            FlaggedPropertyValue.Available(PropertyValue.Integer32(98)),
            FlaggedPropertyValue.Error(PropertyType.PtypBinary, 0x8004010F));
        var reader = new ProtocolReader(bytes);
        Assert.That(PropertyRow.Decode(ref reader, Columns), Is.EqualTo(expected));
        Assert.That(Codec.Encode(w => expected.Encode(w, Columns)), Is.EqualTo(bytes));
    }

    [Test]
    public void StandardRowCarriesTheTypeOfUnspecifiedColumns()
    {
        // [MS-OXCDATA] 2.8.1.1: a PtypUnspecified column holds a TypedPropertyValue.
        ValueArray<PropertyTag> columns = new PropertyTag[] { new(0x0037, PropertyType.PtypUnspecified) };
        byte[] bytes = Hex.Parse("00 1F 00 41 00 00 00");
        var reader = new ProtocolReader(bytes);
        Assert.That(PropertyRow.Decode(ref reader, columns), Is.EqualTo(PropertyRow.Standard(PropertyValue.String("A"))));
    }

    [Test]
    public void FlaggedValueWithTypePutsTheTypeBeforeTheFlag()
    {
        // [MS-OXCDATA] 2.11.6: PropertyType, Flag, then the value.
        ValueArray<PropertyTag> columns = new PropertyTag[] { new(0x0037, PropertyType.PtypUnspecified) };
        byte[] bytes = Hex.Parse("01 03 00 00 07 00 00 00");
        var reader = new ProtocolReader(bytes);
        Assert.That(PropertyRow.Decode(ref reader, columns), Is.EqualTo(PropertyRow.Flagged(FlaggedPropertyValue.Available(PropertyValue.Integer32(7)))));
    }

    [TestCase("02 00", "Flag", 0)]
    [TestCase("01 05 00 00 00 00 00 00 00 00 00", "Flag", 1)]
    public void UndefinedFlagsAreRejected(string hex, string field, int offset)
    {
        byte[] bytes = Hex.Parse(hex);
        ProtocolException error = Assert.Throws<ProtocolException>(() =>
        {
            var reader = new ProtocolReader(bytes);
            PropertyRow.Decode(ref reader, Columns);
        })!;
        Assert.That((error.Structure, error.Field, error.Offset), Is.EqualTo(("PropertyRow", field, offset)));
    }
}
