namespace Conformance.Protocol.Tests.Malformed;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// Bad input for the property ROPs ([MS-OXCPRPT] 2.2.2 to 2.2.13): each case names the structure, field and
/// absolute offset the decoder must report. Objects that cannot be encoded raise InvalidOperationException.
/// </summary>
public sealed class PropertyRopMalformedInputTests
{
    /// <summary>The [MS-OXCPRPT] 4.2.1 request without its PropertyValueSize: RopId, LogonId, InputHandleIndex, then the size goes at byte 3.</summary>
    private const string SetPropertiesHead = "0A 00 00";

    private const string SetPropertiesBody =
        "02 00 1F 00 3D 00 00 00 1F 00 1D 0E 48 00 65 00 6C 00 6C 00 6F 00 20 00 57 00 6F 00 72 00 6C 00 64 00 00 00";

    [Test]
    public void PropertyValueSizeBeyondTheBufferIsCountTooLarge() =>
        AssertRequestError($"{SetPropertiesHead} 25 00 {SetPropertiesBody}", "RopSetProperties", "PropertyValueSize", 3, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void PropertyValueSizeShorterThanTheValuesCutsTheLastString() =>
        // 0x23 ends the slice two bytes early: the second string (at byte 17) loses its terminator.
        AssertRequestError($"{SetPropertiesHead} 23 00 {SetPropertiesBody} 00 00", "TaggedPropertyValue", "PropertyValue", 17, ProtocolErrorKind.Truncated);

    [Test]
    public void PropertyValueSizeLongerThanTheValuesIsInvalid() =>
        // Two spare bytes inside the declared size are not part of any value.
        AssertRequestError($"{SetPropertiesHead} 26 00 {SetPropertiesBody} 00 00", "RopSetPropertiesNoReplicate", "PropertyValueSize", 3, ProtocolErrorKind.InvalidValue, RopId.RopSetPropertiesNoReplicate);

    [Test]
    public void PropertyTagCountBeyondTheBufferIsCountTooLarge() =>
        AssertRequestError("07 00 00 00 00 01 00 FF FF 0B 00 3E 86", "RopGetPropertiesSpecific", "PropertyTagCount", 7, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void ExcludedTagCountBeyondTheBufferIsCountTooLarge() =>
        AssertRequestError("39 00 01 02 00 00 00 02 00 0B 00 3E 86", "RopCopyTo", "ExcludedTagCount", 7, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void HasGuidWithoutTheGuidIsTruncated() =>
        AssertRequestError("5F 00 00 00 01 02 20 06 00", "RopQueryNamedProperties", "PropertyGuid", 5, ProtocolErrorKind.Truncated);

    [Test]
    public void PropertyNameCountBeyondTheBufferIsCountTooLarge() =>
        // Each PropertyName takes at least 17 bytes (Kind and GUID): two need 34, 17 are left.
        AssertRequestError("56 00 00 02 02 00 00 02 20 06 00 00 00 00 00 C0 00 00 00 00 00 00 46", "RopGetPropertyIdsFromNames", "PropertyNameCount", 4, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void PropertyIdCountBeyondTheBufferIsCountTooLarge() =>
        AssertRequestError("55 00 00 03 00 3E 86 3F 86", "RopGetNamesFromPropertyIds", "PropertyIdCount", 3, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void PropertyRowFlagOutsideTheClosedSetIsInvalid() =>
        // [MS-OXCDATA] 2.8.1: only 0x00 (standard) and 0x01 (flagged) exist, and the layout depends on it.
        AssertResponseError(
            "07 00 00 00 00 00 02",
            new RopResponseContext(new RopGetPropertiesSpecificRequest()),
            "PropertyRow",
            "Flag",
            6,
            ProtocolErrorKind.InvalidValue);

    [Test]
    public void FlaggedValueFlagOutsideTheClosedSetIsInvalid() =>
        AssertResponseError(
            "07 00 00 00 00 00 01 02 01",
            new RopResponseContext(new RopGetPropertiesSpecificRequest { PropertyTags = new[] { new PropertyTag(0x863E, PropertyType.PtypBoolean) } }),
            "PropertyRow",
            "Flag",
            7,
            ProtocolErrorKind.InvalidValue);

    [Test]
    public void TaggedValueOfTypeUnspecifiedHasNoLayout() =>
        AssertResponseError("08 00 00 00 00 00 01 00 00 00 01 00", RopResponseContext.None, "TaggedPropertyValue", "PropertyValue", 12, ProtocolErrorKind.InvalidValue);

    [Test]
    public void IdCountBeyondTheBufferIsCountTooLarge() =>
        // Each entry is a 2-byte ID plus a name of at least 17 bytes.
        AssertResponseError("5F 00 00 00 00 00 01 00 3E 86", RopResponseContext.None, "RopQueryNamedProperties", "IdCount", 6, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void PropertyNameKindOutsideTheClosedSetIsInvalid() =>
        AssertResponseError(
            "55 00 00 00 00 00 01 00 05 02 20 06 00 00 00 00 00 C0 00 00 00 00 00 00 46",
            RopResponseContext.None,
            "PropertyName",
            "Kind",
            8,
            ProtocolErrorKind.InvalidValue);

    [Test]
    public void PropertyProblemCountBeyondTheBufferIsCountTooLarge() =>
        AssertResponseError("0B 00 00 00 00 00 02 00 00 00 1F 00 3D 00 0F 01 04 80", RopResponseContext.None, "RopDeleteProperties", "PropertyProblemCount", 6, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void NullDestinationWithoutDestHandleIndexIsTruncated() =>
        AssertResponseError("39 01 03 05 00 00 02 00", RopResponseContext.None, "RopCopyTo", "DestHandleIndex", 6, ProtocolErrorKind.Truncated);

    [Test]
    public void WarningWithoutTheBodyIsTruncated() =>
        // ErrorsReturned keeps the success body, so PropertyIdCount must follow.
        AssertResponseError("56 00 80 03 04 00", RopResponseContext.None, "RopGetPropertyIdsFromNames", "PropertyIdCount", 6, ProtocolErrorKind.Truncated);

    [Test]
    public void QueryNamedPropertiesRequestWithHasGuidButNoGuidCannotBeEncoded() =>
        Assert.Throws<InvalidOperationException>(() => new RopQueryNamedPropertiesRequest { HasGuid = true }.ToBytes());

    [Test]
    public void QueryNamedPropertiesResponseWithUnequalArraysCannotBeEncoded() =>
        Assert.Throws<InvalidOperationException>(() => new RopQueryNamedPropertiesResponse { PropertyIds = new ushort[] { 0x8001 } }.ToBytes());

    [Test]
    public void GetPropertiesSpecificResponseWhoseRowDoesNotMatchItsColumnsCannotBeEncoded() =>
        Assert.Throws<InvalidOperationException>(() => new RopGetPropertiesSpecificResponse
        {
            Columns = new[] { new PropertyTag(0x0037, PropertyType.PtypString) },
            RowData = PropertyRow.Standard(PropertyValue.Integer32(1)),
        }.ToBytes());

    [Test]
    public void SetPropertiesValuesLargerThanPropertyValueSizeCanCountCannotBeEncoded()
    {
        // Two 40,000-byte binaries need more than the 65,535 bytes a 16-bit PropertyValueSize can declare.
        var big = new TaggedPropertyValue(new PropertyTag(0x1000, PropertyType.PtypBinary), PropertyValue.Binary(new byte[40_000]));
        Assert.Throws<InvalidOperationException>(() => new RopSetPropertiesRequest { PropertyValues = new[] { big, big } }.ToBytes());
    }

    private static void AssertRequestError(string dump, string structure, string field, int offset, ProtocolErrorKind kind, RopId? ropId = null)
    {
        byte[] bytes = Hex.Parse(dump);
        if (ropId is RopId id)
        {
            bytes[0] = (byte)id;
        }

        AssertError(() => _ = Codec.DecodeRequest(bytes), structure, field, offset, kind);
    }

    private static void AssertResponseError(string dump, RopResponseContext context, string structure, string field, int offset, ProtocolErrorKind kind)
    {
        byte[] bytes = Hex.Parse(dump);
        AssertError(() => _ = Codec.DecodeResponse(bytes, context), structure, field, offset, kind);
    }

    private static void AssertError(Action decode, string structure, string field, int offset, ProtocolErrorKind kind)
    {
        ProtocolException error = Assert.Throws<ProtocolException>(decode)!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Structure, Is.EqualTo(structure), error.Message);
            Assert.That(error.Field, Is.EqualTo(field), error.Message);
            Assert.That(error.Offset, Is.EqualTo(offset), error.Message);
            Assert.That(error.Kind, Is.EqualTo(kind), error.Message);
        });
    }
}
