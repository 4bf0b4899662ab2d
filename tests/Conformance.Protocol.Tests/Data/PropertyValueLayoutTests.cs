namespace Conformance.Protocol.Tests.Data;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// The value layouts of [MS-OXCDATA] 2.11.1 and the COUNT widths of 2.11.1.1. These vectors are
/// built from the layout table (the document has no byte examples for single values).
/// </summary>
public sealed class PropertyValueLayoutTests
{
    private static IEnumerable<TestCaseData> Layouts()
    {
        yield return Case(PropertyValue.Integer16(0x1234), "34 12");
        yield return Case(PropertyValue.Integer32(-2), "FE FF FF FF");
        yield return Case(PropertyValue.Floating32(1.0f), "00 00 80 3F");
        yield return Case(PropertyValue.Floating64(1.0), "00 00 00 00 00 00 F0 3F");
        yield return Case(PropertyValue.Currency(10000), "10 27 00 00 00 00 00 00");
        yield return Case(PropertyValue.FloatingTime(5.25), "00 00 00 00 00 00 15 40");
        yield return Case(PropertyValue.ErrorCode(0x8004010F), "0F 01 04 80");
        yield return Case(PropertyValue.Boolean(true), "01");
        yield return Case(PropertyValue.Integer64(1), "01 00 00 00 00 00 00 00");
        yield return Case(PropertyValue.String("Hi"), "48 00 69 00 00 00");
        yield return Case(PropertyValue.String8("Hi"), "48 69 00");
        yield return Case(PropertyValue.Time(0x01C882BEC21A5360UL), "60 53 1A C2 BE 82 C8 01");
        yield return Case(PropertyValue.Guid(new Guid("00062002-0000-0000-C000-000000000046")), "02 20 06 00 00 00 00 00 C0 00 00 00 00 00 00 46");
        yield return Case(PropertyValue.Binary(new byte[] { 0xAA, 0xBB }), "02 00 AA BB");
        yield return Case(PropertyValue.Null(), string.Empty);
        yield return Case(PropertyValue.Create(PropertyType.PtypMultipleInteger32, new ValueArray<int>([1, 2])), "02 00 00 00 01 00 00 00 02 00 00 00");
        yield return Case(PropertyValue.Create(PropertyType.PtypMultipleString, new ValueArray<string>(["a", string.Empty])), "02 00 00 00 61 00 00 00 00 00");
        yield return Case(PropertyValue.Create(PropertyType.PtypMultipleBinary, new ValueArray<ValueArray<byte>>([new byte[] { 0x01 }])), "01 00 00 00 01 00 01");
    }

    private static TestCaseData Case(PropertyValue value, string hex) => new TestCaseData(value, hex).SetArgDisplayNames(value.Type.ToString());

    [TestCaseSource(nameof(Layouts))]
    public void ValueHasTheLayoutOfItsType(PropertyValue value, string hex)
    {
        byte[] bytes = Hex.Parse(hex);
        Assert.That(Codec.Encode(w => value.Encode(w)), Is.EqualTo(bytes));
        var reader = new ProtocolReader(bytes);
        Assert.That(PropertyValue.Decode(ref reader, value.Type), Is.EqualTo(value));
        Assert.That(reader.End, Is.True);
    }

    [Test]
    public void ExtendedContextWidensBinaryCountsTo32Bits()
    {
        // [MS-OXCDATA] 2.11.1.1: outside ROP buffers (extended rules, MAPI over HTTP) byte counts are 32 bits.
        var value = PropertyValue.Binary(new byte[] { 0xAA });
        Assert.That(Codec.Encode(w => value.Encode(w, PropertyCountWidth.Extended)), Is.EqualTo(Hex.Parse("01 00 00 00 AA")));
    }

    [Test]
    public void TaggedPropertyValueExampleOfTheProtocolExamples()
    {
        // [MS-OXCPRPT] 4 and [MS-OXCSTOR] 4 introduce their examples with PidTagRuleSequence (0x66760003) = 10.
        byte[] bytes = Hex.Parse("03 00 76 66 0A 00 00 00");
        var reader = new ProtocolReader(bytes);
        TaggedPropertyValue decoded = TaggedPropertyValue.Decode(ref reader);
        Assert.Multiple(() =>
        {
            Assert.That(decoded.PropertyTag.Value, Is.EqualTo(0x66760003u));
            Assert.That(decoded.PropertyValue, Is.EqualTo(PropertyValue.Integer32(10)));
            Assert.That(Codec.Encode(w => decoded.Encode(w)), Is.EqualTo(bytes));
        });
    }

    [Test]
    public void BooleanOtherThanZeroOrOneIsRejected()
    {
        // [MS-OXCDATA] 2.11.1: PtypBoolean is restricted to 1 or 0.
        ProtocolException error = Decode("02", PropertyType.PtypBoolean);
        Assert.That((error.Field, error.Offset, error.Kind), Is.EqualTo(("PropertyValue", 0, ProtocolErrorKind.InvalidValue)));
    }

    [Test]
    public void UnterminatedUnicodeStringIsTruncated()
    {
        ProtocolException error = Decode("48 00 69", PropertyType.PtypString);
        Assert.That(error.Kind, Is.EqualTo(ProtocolErrorKind.Truncated));
    }

    [Test]
    public void BinaryCountBeyondTheBufferIsRejectedBeforeAllocating()
    {
        ProtocolException error = Decode("FF FF 00", PropertyType.PtypBinary);
        Assert.That((error.Field, error.Offset, error.Kind), Is.EqualTo(("COUNT", 0, ProtocolErrorKind.CountTooLarge)));
    }

    [Test]
    public void MultipleValueCountBeyondTheBufferIsRejectedBeforeAllocating()
    {
        ProtocolException error = Decode("FF FF FF 7F 01 00 00 00", PropertyType.PtypMultipleInteger64);
        Assert.That((error.Field, error.Kind), Is.EqualTo(("COUNT", ProtocolErrorKind.CountTooLarge)));
    }

    [Test]
    public void UnspecifiedTypeHasNoValueLayout() =>
        Assert.That(Decode("00", PropertyType.PtypUnspecified).Kind, Is.EqualTo(ProtocolErrorKind.InvalidValue));

    [Test]
    public void RestrictionValuesAreReportedAsUnsupported() =>
        Assert.That(Decode("00", PropertyType.PtypRestriction).Kind, Is.EqualTo(ProtocolErrorKind.Unsupported));

    [Test]
    public void UnknownTypeIsRejected() =>
        Assert.That(Decode("00", (PropertyType)0x0099).Kind, Is.EqualTo(ProtocolErrorKind.InvalidValue));

    private static ProtocolException Decode(string hex, PropertyType type)
    {
        byte[] bytes = Hex.Parse(hex);
        return Assert.Throws<ProtocolException>(() =>
        {
            var reader = new ProtocolReader(bytes);
            PropertyValue.Decode(ref reader, type);
        })!;
    }
}
