namespace Conformance.Protocol.Tests.Data;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Tests.Infrastructure;
using Conformance.Protocol.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

/// <summary>FsCheck round trips and hostile-input properties for the [MS-OXCDATA] structures.</summary>
public sealed class DataRoundTripProperties
{
    private delegate T Decoder<T>(ref ProtocolReader reader);

    private static void RoundTrips<T>(Gen<T> generator, Action<T, ProtocolWriter> encode, Decoder<T> decode) =>
        PropertyCheck.ForAll(generator, value =>
        {
            byte[] bytes = Codec.Encode(w => encode(value, w));
            var reader = new ProtocolReader(bytes);
            T decoded = decode(ref reader);
            Assert.That(reader.End, Is.True, "whole encoding consumed");
            Assert.That(decoded, Is.EqualTo(value));
            Assert.That(Codec.Encode(w => encode(decoded, w)), Is.EqualTo(bytes));
        });

    private static void SurvivesMutation<T>(Gen<T> generator, Action<T, ProtocolWriter> encode, Decoder<T> decode)
        where T : class =>
        PropertyCheck.ForAll(
            MalformedInputProperties.Mutations(generator.Select(v => Codec.Encode(w => encode(v, w)))),
            bytes => DecodeOutcome.Run(bytes, b =>
            {
                var reader = new ProtocolReader(b);
                return decode(ref reader);
            }));

    public static IEnumerable<TestCaseData> ValueTypes() =>
        DataGenerators.ValueTypes.SelectMany(t => new[]
        {
            new TestCaseData(t, PropertyCountWidth.RopBuffer),
            new TestCaseData(t, PropertyCountWidth.Extended),
        });

    [TestCaseSource(nameof(ValueTypes))]
    public void PropertyValueRoundTrips(PropertyType type, PropertyCountWidth width) =>
        RoundTrips(DataGenerators.PropertyValue(type), (v, w) => v.Encode(w, width), (ref ProtocolReader r) => PropertyValue.Decode(ref r, type, width));

    [TestCaseSource(nameof(ValueTypes))]
    public void PropertyValueSurvivesMutation(PropertyType type, PropertyCountWidth width) =>
        SurvivesMutation(DataGenerators.PropertyValue(type), (v, w) => v.Encode(w, width), (ref ProtocolReader r) => PropertyValue.Decode(ref r, type, width));

    [Test]
    public void TypedPropertyValueRoundTrips() =>
        RoundTrips(DataGenerators.AnyPropertyValue.Select(v => new TypedPropertyValue(v)), (v, w) => v.Encode(w), (ref ProtocolReader r) => TypedPropertyValue.Decode(ref r));

    [Test]
    public void TaggedPropertyValueRoundTrips() =>
        RoundTrips(DataGenerators.TaggedPropertyValue, (v, w) => v.Encode(w), (ref ProtocolReader r) => TaggedPropertyValue.Decode(ref r));

    [Test]
    public void TaggedPropertyValueSurvivesMutation() =>
        SurvivesMutation(DataGenerators.TaggedPropertyValue, (v, w) => v.Encode(w), (ref ProtocolReader r) => TaggedPropertyValue.Decode(ref r));

    [Test]
    public void PropertyRowRoundTripsForItsColumns() =>
        PropertyCheck.ForAll(
            from columns in DataGenerators.Columns
            from row in DataGenerators.PropertyRow(columns)
            select (columns, row),
            t =>
            {
                byte[] bytes = Codec.Encode(w => t.row.Encode(w, t.columns));
                var reader = new ProtocolReader(bytes);
                Assert.That(PropertyRow.Decode(ref reader, t.columns), Is.EqualTo(t.row));
                Assert.That(reader.End, Is.True);
            });

    [Test]
    public void PropertyRowSurvivesMutation() =>
        PropertyCheck.ForAll(
            from columns in DataGenerators.Columns
            from row in DataGenerators.PropertyRow(columns)
            from bytes in MalformedInputProperties.Mutations(Gen.Constant(Codec.Encode(w => row.Encode(w, columns))))
            select (columns, bytes),
            t => DecodeOutcome.Run(t.bytes, b =>
            {
                var reader = new ProtocolReader(b);
                return PropertyRow.Decode(ref reader, t.columns);
            }));

    [Test]
    public void PropertyNameRoundTrips() =>
        RoundTrips(DataGenerators.PropertyName, (v, w) => v.Encode(w), (ref ProtocolReader r) => PropertyName.Decode(ref r));

    [Test]
    public void PropertyNameSurvivesMutation() =>
        SurvivesMutation(DataGenerators.PropertyName, (v, w) => v.Encode(w), (ref ProtocolReader r) => PropertyName.Decode(ref r));

    [Test]
    public void PropertyProblemRoundTrips() =>
        RoundTrips(DataGenerators.PropertyProblem, (v, w) => v.Encode(w), (ref ProtocolReader r) => PropertyProblem.Decode(ref r));

    [Test]
    public void ObjectIdRoundTrips() =>
        RoundTrips(DataGenerators.ObjectId, (v, w) => v.Encode(w), (ref ProtocolReader r) => ObjectId.Decode(ref r));

    [Test]
    public void LongTermIdRoundTrips() =>
        RoundTrips(DataGenerators.LongTermId, (v, w) => v.Encode(w), (ref ProtocolReader r) => LongTermId.Decode(ref r));

    private static Gen<AddressBookEntryId> AddressBookEntryIds =>
        from flags in DataGenerators.UInt32
        from provider in DataGenerators.Guid
        from version in DataGenerators.UInt32
        from type in DataGenerators.UInt32
        from dn in DataGenerators.AsciiString
        select new AddressBookEntryId(flags, provider, version, type, dn);

    [Test]
    public void AddressBookEntryIdRoundTrips() =>
        PropertyCheck.ForAll(AddressBookEntryIds, entryId =>
        {
            byte[] bytes = entryId.ToBytes();
            Assert.That(AddressBookEntryId.Decode(bytes), Is.EqualTo(entryId));
        });

    [Test]
    public void AddressBookEntryIdSurvivesMutation() =>
        PropertyCheck.ForAll(
            MalformedInputProperties.Mutations(AddressBookEntryIds.Select(e => e.ToBytes())),
            bytes => DecodeOutcome.Run(bytes, b => AddressBookEntryId.Decode(b)));

    [Test]
    public void GlobalCounterIsBigEndian()
    {
        // [MS-OXCSTOR] 4.1: the mailbox root FID 01 00 | 00 00 00 78 27 1A has REPLID 1 and GLOBCNT 0x78271A.
        var reader = new ProtocolReader(Hex.Parse("01 00 00 00 00 78 27 1A"));
        Assert.That(ObjectId.Decode(ref reader), Is.EqualTo(new ObjectId(1, 0x78271A)));
    }
}
