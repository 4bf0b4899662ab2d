namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>Bad input to the supporting ROPs fails with a <see cref="ProtocolException"/> that names structure, field and offset.</summary>
public sealed class SupportMalformedInputTests
{
    private static readonly ValueArray<PropertyTag> OneColumn = new[] { new PropertyTag(0x0C15, PropertyType.PtypInteger32) };

    // The head of a RopOpenMessage success response with no subject strings and one PtypInteger32 recipient column:
    // bytes 0-6 header, 7-8 TypedStrings, 9-10 RecipientCount, 11-12 ColumnCount, 13-16 the column, 17 RowCount.
    private const string OpenMessageHead = "03 01 00 00 00 00 00 00 00 01 00 01 00 03 00 15 0C 01";

    private static ProtocolException Response(string dump, RopResponseContext context) =>
        Assert.Throws<ProtocolException>(() => Codec.DecodeResponse(Hex.Parse(dump), context))!;

    private static ProtocolException Request(string dump) =>
        Assert.Throws<ProtocolException>(() => Codec.DecodeRequest(Hex.Parse(dump)))!;

    private static void AssertError(ProtocolException error, string structure, string field, int offset, ProtocolErrorKind kind) =>
        Assert.Multiple(() =>
        {
            Assert.That(error.Structure, Is.EqualTo(structure), error.Message);
            Assert.That(error.Field, Is.EqualTo(field), error.Message);
            Assert.That(error.Offset, Is.EqualTo(offset), error.Message);
            Assert.That(error.Kind, Is.EqualTo(kind), error.Message);
        });

    [Test]
    public void UnterminatedEmailAddressInsideTheRecipientRowIsTruncatedThere() =>
        // RecipientRowSize 4 frames only RecipientFlags (0x0208: E and U) and "a" with no UTF-16 terminator.
        AssertError(
            Response(OpenMessageHead + " 01 E4 04 00 00 04 00 08 02 61 00 00 00", RopResponseContext.None),
            nameof(RecipientRow), "EmailAddress", 27, ProtocolErrorKind.Truncated);

    [Test]
    public void RecipientRowShorterThanRecipientRowSizeLeavesTrailingBytes() =>
        // RecipientRowSize 6 for a 5-byte row (no flags, no columns): the sixth byte is left over inside the frame.
        AssertError(
            Response(OpenMessageHead + " 01 E4 04 00 00 06 00 00 00 00 00 00 FF", RopResponseContext.None),
            nameof(OpenRecipientRow), nameof(RecipientRow), 30, ProtocolErrorKind.TrailingBytes);

    [Test]
    public void RecipientRowSizeBeyondTheBufferIsTruncated() =>
        AssertError(
            Response(OpenMessageHead + " 01 E4 04 00 00 40 00 00 00 00 00 00", RopResponseContext.None),
            nameof(OpenRecipientRow), nameof(RecipientRow), 25, ProtocolErrorKind.Truncated);

    [Test]
    public void RecipientColumnCountAboveTheDeclaredColumnsIsInvalid() =>
        AssertError(
            Response(OpenMessageHead + " 01 E4 04 00 00 05 00 00 00 02 00 00", RopResponseContext.None),
            nameof(RecipientRow), "RecipientColumnCount", 27, ProtocolErrorKind.InvalidValue);

    [Test]
    public void EntryIdSizeBeyondTheRowIsCountTooLarge() =>
        // Type PersonalDistributionList1 (0x0006) calls for EntryIdSize; 0xFFFF bytes are not there.
        AssertError(
            Response(OpenMessageHead + " 01 E4 04 00 00 09 00 06 00 FF FF 00 00 00 00 00", RopResponseContext.None),
            nameof(RecipientRow), "EntryIdSize", 27, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void UndefinedStringTypeIsInvalid() =>
        // StringType is a closed set that decides what follows: 0x05 is not in it.
        AssertError(
            Response("03 01 00 00 00 00 00 05 00", RopResponseContext.None),
            "SubjectPrefix", nameof(StringType), 7, ProtocolErrorKind.InvalidValue);

    [Test]
    public void RecipientRowCountBeyondTheBufferIsCountTooLarge() =>
        AssertError(Response(OpenMessageHead[..^2] + "FF", RopResponseContext.None), nameof(RopId.RopOpenMessage), "RowCount", 17, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void MessageIdCountBeyondTheBufferIsCountTooLarge() =>
        AssertError(Request("1E 00 01 00 00 FF FF 01 00 00 00 00 00 00 2B"), nameof(RopId.RopDeleteMessages), "MessageIdCount", 5, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void PropertyTagCountBeyondTheBufferIsCountTooLarge() =>
        AssertError(Request("12 00 01 00 02 00 03 00 15 0C"), nameof(RopId.RopSetColumns), "PropertyTagCount", 4, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void QueryRowsRowCountBeyondTheBufferIsCountTooLarge() =>
        AssertError(
            Response("15 01 00 00 00 00 02 00 FF 00 01 00 00 00", new RopResponseContext(null, OneColumn)),
            nameof(RopId.RopQueryRows), "RowCount", 7, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void QueryRowsWithoutTheTableColumnsIsUnsupported() =>
        AssertError(
            Response("15 01 00 00 00 00 02 01 00 00 01 00 00 00", RopResponseContext.None),
            nameof(RopId.RopQueryRows), "RowData", 9, ProtocolErrorKind.Unsupported);

    [Test]
    public void TruncatedRowValueIsNamedInThePropertyRow() =>
        AssertError(
            Response("15 01 00 00 00 00 02 01 00 00 01 00", new RopResponseContext(null, OneColumn)),
            nameof(PropertyRow), "PropertyValue", 10, ProtocolErrorKind.Truncated);

    [Test]
    public void BackoffRopCountBeyondTheBufferIsCountTooLarge() =>
        AssertError(Response("F9 00 E8 03 00 00 09 15 F4 01 00 00 00 00", RopResponseContext.None), nameof(RopId.RopBackoff), "BackoffRopCount", 6, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void AdditionalDataSizeBeyondTheBufferIsCountTooLarge() =>
        AssertError(Response("F9 00 E8 03 00 00 00 05 00 AA", RopResponseContext.None), nameof(RopId.RopBackoff), "AdditionalDataSize", 7, ProtocolErrorKind.CountTooLarge);

    [Test]
    public void CreateMessageTruncatedInsideMessageId() =>
        AssertError(Response("06 01 00 00 00 00 01 01 00 00", RopResponseContext.None), nameof(RopId.RopCreateMessage), "MessageId", 9, ProtocolErrorKind.Truncated);

    [Test]
    public void CreateFolderDisplayNameWithoutTerminatorIsTruncated() =>
        AssertError(Request("1C 00 01 02 01 00 00 00 41 42"), nameof(RopId.RopCreateFolder), "DisplayName", 8, ProtocolErrorKind.Truncated);

    [Test]
    public void DeleteFolderResponseWithoutPartialCompletionIsTruncatedEvenOnFailure() =>
        AssertError(Response("1D 01 0F 01 04 80", RopResponseContext.None), nameof(RopId.RopDeleteFolder), "PartialCompletion", 6, ProtocolErrorKind.Truncated);

    [Test]
    public void RecipientRowWhoseFieldsDisagreeWithItsFlagsCannotBeEncoded()
    {
        // E is set but EmailAddress is missing: a programming error, not wire input.
        var row = new RecipientRow { RecipientFlags = RecipientFlags.E, RecipientProperties = PropertyRow.Standard() };
        Assert.Throws<InvalidOperationException>(() => Codec.Encode(w => row.Encode(w, ValueArray<PropertyTag>.Empty)));
    }

    [Test]
    public void TypedStringWithTextButNoStringTypeCannotBeEncoded() =>
        Assert.Throws<InvalidOperationException>(() => Codec.Encode(w => new TypedString(StringType.None, "x").Encode(w)));
}
