namespace Conformance.Protocol.Tests.Data;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>PropertyName ([MS-OXCDATA] 2.6.1).</summary>
public sealed class PropertyNameTests
{
    [Test]
    public void StringNameOfTheGetPropertyIdsFromNamesExample()
    {
        // [MS-OXCPRPT] 4.1.1: MNID_STRING, PSETID 00062002-..., NameSize 0x14 counts "TestProp1" and its terminator.
        byte[] bytes = Hex.Parse("01 02 20 06 00 00 00 00 00 C0 00 00 00 00 00 00 46 14 54 00 65 00 73 00 74 00 50 00 72 00 6F 00 70 00 31 00 00 00");
        var expected = PropertyName.FromName(new Guid("00062002-0000-0000-C000-000000000046"), "TestProp1");
        var reader = new ProtocolReader(bytes);
        Assert.That(PropertyName.Decode(ref reader), Is.EqualTo(expected));
        Assert.That(Codec.Encode(w => expected.Encode(w)), Is.EqualTo(bytes));
    }

    [Test]
    public void LidNameHasFourByteLid()
    {
        var name = PropertyName.FromLid(PropertyName.PsMapi, 0x0037);
        byte[] bytes = Codec.Encode(w => name.Encode(w));
        Assert.That(bytes, Has.Length.EqualTo(PropertyName.MinimumSize + 4));
        var reader = new ProtocolReader(bytes);
        Assert.That(PropertyName.Decode(ref reader), Is.EqualTo(name));
    }

    [TestCase("02", "Kind", 0, ProtocolErrorKind.InvalidValue)]
    [TestCase("01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 03 41 00 00", "NameSize", 17, ProtocolErrorKind.InvalidValue)]
    [TestCase("01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 04 00 00 41 00", "Name", 18, ProtocolErrorKind.InvalidValue)]
    [TestCase("01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 08 41 00", "Name", 18, ProtocolErrorKind.Truncated)]
    [TestCase("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01", "LID", 17, ProtocolErrorKind.Truncated)]
    public void MalformedNamesNameTheField(string hex, string field, int offset, ProtocolErrorKind kind)
    {
        byte[] bytes = Hex.Parse(hex);
        ProtocolException error = Assert.Throws<ProtocolException>(() =>
        {
            var reader = new ProtocolReader(bytes);
            PropertyName.Decode(ref reader);
        })!;
        Assert.That((error.Structure, error.Field, error.Offset, error.Kind), Is.EqualTo(("PropertyName", field, offset, kind)));
    }
}
