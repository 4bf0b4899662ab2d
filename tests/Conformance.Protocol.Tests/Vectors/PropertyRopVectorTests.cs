namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>The byte examples of [MS-OXCPRPT] section 4 for the ROPs of 2.2.2 to 2.2.13.</summary>
public sealed class PropertyRopVectorTests
{
    /// <summary>PSETID_Common ([MS-OXPROPS] 1.3.2), the property set of the named properties in section 4.1.</summary>
    private static readonly Guid PsetidCommon = new("00062002-0000-0000-C000-000000000046");

    /// <summary>The [MS-OXCPRPT] 4.3.1 request; the 4.3.2 response is decoded in its context.</summary>
    private static readonly RopGetPropertiesSpecificRequest GettingPropertiesRequest = new()
    {
        LogonId = 0,
        InputHandleIndex = 0,
        PropertySizeLimit = 0,
        WantUnicode = true,
        PropertyTags = new PropertyTag[]
        {
            new(0x863E, PropertyType.PtypBoolean), // TestProp1
            new(0x863F, PropertyType.PtypInteger32), // TestProp2
            new(0x65E2, PropertyType.PtypBinary), // PidTagChangeKey
        },
    };

    [Test]
    public void Section4IntroductionTaggedPropertyValueIsPidTagRuleSequenceTen()
    {
        // [MS-OXCPRPT] section 4 introduction: tag 0x66760003 (PidTagRuleSequence, PtypInteger32) with value 10.
        byte[] bytes = Hex.Parse("0021: 03 00 76 66 0A 00 00-00");
        var reader = new ProtocolReader(bytes);
        TaggedPropertyValue decoded = TaggedPropertyValue.Decode(ref reader);
        reader.ExpectEnd("TaggedPropertyValue");

        var expected = new TaggedPropertyValue(new PropertyTag(0x66760003), PropertyValue.Integer32(10));
        Assert.That(decoded, Is.EqualTo(expected));
        Assert.That(Codec.Encode(writer => expected.Encode(writer)), Is.EqualTo(bytes));
    }

    [Test]
    public void Section4_1_1GetPropertyIdsFromNamesRequestWithTwoStringNames() =>
        // [MS-OXCPRPT] 4.1.1: the complete dump has 17 bytes on lines 0010 and 0030 (84 in all), one 0x00 too many in
        // each GUID, while the breakdown gives GUID 00062002-0000-0000-C000-000000000046 (16 bytes), NameSize 0x14, and
        // the dump's own offsets end at 0x52. The 82 bytes of the breakdown are asserted here.
        Codec.AssertRequestVector(
            """
            0000: 56 00 00 02 02 00 01 02-20 06 00 00 00 00 00 c0
            0010: 00 00 00 00 00 00 46 14-54 00 65 00 73 00 74 00
            0020: 50 00 72 00 6f 00 70 00-31 00 00 00 01 02 20 06
            0030: 00 00 00 00 00 c0 00 00-00 00 00 00 46 14 54 00
            0040: 65 00 73 00 74 00 50 00-72 00 6f 00 70 00 32 00
            0050: 00 00
            """,
            new RopGetPropertyIdsFromNamesRequest
            {
                LogonId = 0,
                InputHandleIndex = 0,
                Flags = GetPropertyIdsFromNamesFlags.Create,
                PropertyNames = new[]
                {
                    PropertyName.FromName(PsetidCommon, "TestProp1"),
                    PropertyName.FromName(PsetidCommon, "TestProp2"),
                },
            });

    [Test]
    public void Section4_1_2GetPropertyIdsFromNamesResponseMapsTwoIds() =>
        // [MS-OXCPRPT] 4.1.2 is inconsistent: the complete dump "56 00 00 00 00 02 00-3E 86 3F 86" has 11 bytes and
        // drops one byte of ReturnValue, while the field-by-field breakdown shows the six header bytes
        // "56 00 00 00 00 00", PropertyIdCount 2 and two 2-byte IDs (the text's "four-byte property ID" is also wrong).
        // The 12 bytes of the breakdown are asserted here.
        Codec.AssertResponseVector(
            "0000: 56 00 00 00 00 00 02 00-3E 86 3F 86",
            RopResponseContext.None,
            new RopGetPropertyIdsFromNamesResponse { InputHandleIndex = 0, ReturnValue = 0, PropertyIds = new ushort[] { 0x863E, 0x863F } });

    [Test]
    public void Section4_2_1SetPropertiesRequestWithSubjectPrefixAndNormalizedSubject() =>
        // PropertyValueSize 0x0024 is not a record field: re-encoding must compute the same 36 bytes.
        Codec.AssertRequestVector(
            """
            0000: 0A 00 00 24 00 02 00 1F-00 3D 00 00 00 1F 00 1D
            0010: 0E 48 00 65 00 6C 00 6C-00 6F 00 20 00 57 00 6F
            0020: 00 72 00 6C 00 64 00 00-00
            """,
            new RopSetPropertiesRequest
            {
                LogonId = 0,
                InputHandleIndex = 0,
                PropertyValues = new[]
                {
                    new TaggedPropertyValue(new PropertyTag(0x003D001F), PropertyValue.String(string.Empty)), // PidTagSubjectPrefix
                    new TaggedPropertyValue(new PropertyTag(0x0E1D001F), PropertyValue.String("Hello World")), // PidTagNormalizedSubject
                },
            });

    [Test]
    public void Section4_2_2SetPropertiesResponseWithNoProblems() =>
        Codec.AssertResponseVector(
            "0000: 0A 00 00 00 00 00 00 00",
            RopResponseContext.None,
            new RopSetPropertiesResponse { InputHandleIndex = 0, ReturnValue = 0, PropertyProblems = ValueArray<PropertyProblem>.Empty });

    [Test]
    public void Section4_3_1GetPropertiesSpecificRequestForThreeTags() =>
        Codec.AssertRequestVector(
            """
            0000: 07 00 00 00 00 01 00 03-00 0B 00 3E 86 03 00 3F
            0010: 86 02 01 E2 65
            """,
            GettingPropertiesRequest);

    [Test]
    public void Section4_3_2GetPropertiesSpecificResponseIsAFlaggedRowWithOneError() =>
        // The row follows the 4.3.1 tags: FALSE, 98, and NotFound (0x8004010F) in place of the PtypBinary change key.
        Codec.AssertResponseVector(
            """
            0000: 07 00 00 00 00 00 01 00-00 00 62 00 00 00 0a 0f
            0010: 01 04 80
            """,
            new RopResponseContext(GettingPropertiesRequest),
            new RopGetPropertiesSpecificResponse
            {
                InputHandleIndex = 0,
                ReturnValue = 0,
                Columns = GettingPropertiesRequest.PropertyTags,
                RowData = PropertyRow.Flagged(
                    FlaggedPropertyValue.Available(PropertyValue.Boolean(false)),
                    FlaggedPropertyValue.Available(PropertyValue.Integer32(98)),
                    FlaggedPropertyValue.Error(PropertyType.PtypBinary, 0x8004010F)),
            });

    [Test]
    public void Section4_3_2ResponseCannotBeDecodedWithoutItsRequest()
    {
        // The row carries no tags, so the codec refuses to guess; the error names RowData right after the header.
        byte[] bytes = Hex.Parse("07 00 00 00 00 00 01 00 00 00 62 00 00 00 0a 0f 01 04 80");
        ProtocolException error = Assert.Throws<ProtocolException>(() => Codec.DecodeResponse(bytes, RopResponseContext.None))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Field, Is.EqualTo("RowData"));
            Assert.That(error.Offset, Is.EqualTo(6));
            Assert.That(error.Kind, Is.EqualTo(ProtocolErrorKind.Unsupported));
        });
    }
}
