namespace Conformance.Protocol.Tests.IdSets;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.IdSets;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// One test per decoding rule of [MS-OXCFXICS] 2.2.2.6 / 3.1.5.4.3.2: the violation raises a
/// <see cref="ProtocolException"/> naming the command (Field) and the byte offset.
/// </summary>
public sealed class GlobsetRuleTests
{
    private static ProtocolException Fails(string dump) =>
        Assert.Throws<ProtocolException>(() => Globset.FromBytes(Hex.Parse(dump)))!;

    private static void AssertError(ProtocolException error, string field, int offset, ProtocolErrorKind kind, string structure = "GLOBSET")
    {
        Assert.That(error.Structure, Is.EqualTo(structure), error.Message);
        Assert.That(error.Field, Is.EqualTo(field), error.Message);
        Assert.That(error.Offset, Is.EqualTo(offset), error.Message);
        Assert.That(error.Kind, Is.EqualTo(kind), error.Message);
    }

    [Test]
    public void EmptyInputLacksTheEndCommand() =>
        AssertError(Fails(""), "Command", 0, ProtocolErrorKind.Truncated);

    [Test]
    public void StreamWithoutEndIsTruncated() =>
        AssertError(Fails("06 00 00 00 00 00 01"), "Command", 7, ProtocolErrorKind.Truncated);

    [TestCase("07")]
    [TestCase("41")]
    [TestCase("51")]
    [TestCase("FF")]
    public void UnknownCommandIsRejected(string command) =>
        AssertError(Fails(command + " 00"), "Command", 0, ProtocolErrorKind.InvalidValue);

    [Test]
    public void PushWithTooFewBytesIsTruncated() =>
        AssertError(Fails("03 00 00"), "Push.CommonBytes", 1, ProtocolErrorKind.Truncated);

    [Test]
    public void PushBeyondSixBytesIsRejected() =>
        // [MS-OXCFXICS] 2.2.2.6.1: four bytes on the stack leave room for two, not three.
        AssertError(Fails("04 00 00 00 00 03 00 00 00 50 00"), "Push", 5, ProtocolErrorKind.InvalidValue);

    [Test]
    public void PushCompletingAGlobcntLeavesTheStackAsItWas() =>
        // Four bytes, then a two-byte Push: singleton 0x000000000102; one Pop empties the stack.
        Assert.That(Globset.FromBytes(Hex.Parse("04 00 00 00 00 02 01 02 50 00")), Is.EqualTo(Globset.FromCounters([0x0102UL])));

    [Test]
    public void PopOnAnEmptyStackIsRejected() =>
        AssertError(Fails("50 00"), "Pop", 0, ProtocolErrorKind.InvalidValue);

    [Test]
    public void PopRemovesTheWholeLatestPush() =>
        // Push 2, Push 2, Pop (removes two bytes), then a four-byte Range below the first two bytes.
        Assert.That(
            Globset.FromBytes(Hex.Parse("02 00 01 02 00 02 50 52 00 00 00 05 00 00 00 07 50 00")),
            Is.EqualTo(Globset.FromRanges([new(0x0001_0000_0005, 0x0001_0000_0007)])));

    [TestCase("42 01 02 00", 0)]
    [TestCase("04 00 00 00 00 42 01 02 50 00", 5)]
    public void BitmaskNeedsExactlyFiveStackBytes(string dump, int offset) =>
        AssertError(Fails(dump), "Bitmask", offset, ProtocolErrorKind.InvalidValue);

    [Test]
    public void BitmaskPastTheLowOrderByteIsRejected() =>
        // 0xF8 + 7 + 1 = 0x100 would carry into the pushed bytes.
        AssertError(Fails("05 00 00 00 00 00 42 F8 80 50 00"), "Bitmask", 6, ProtocolErrorKind.InvalidValue);

    [Test]
    public void BitmaskUpToTheLastLowOrderValueIsAccepted() =>
        Assert.That(Globset.FromBytes(Hex.Parse("05 00 00 00 00 00 42 F7 80 50 00")), Is.EqualTo(Globset.FromCounters([0xF7UL, 0xFFUL])));

    [Test]
    public void BitmaskTruncatedInItsMaskField() =>
        AssertError(Fails("05 00 00 00 00 00 42 01"), "Bitmask.Bitmask", 8, ProtocolErrorKind.Truncated);

    [Test]
    public void RangeLowAboveHighIsRejected() =>
        // [MS-OXCFXICS] 2.2.2.6.4: LowValue MUST be at most HighValue.
        AssertError(Fails("52 00 00 00 00 00 02 00 00 00 00 00 01 00"), "Range", 0, ProtocolErrorKind.InvalidValue);

    [Test]
    public void RangeWidthFollowsTheStack() =>
        // Three bytes on the stack: LowValue and HighValue have three bytes each.
        Assert.That(
            Globset.FromBytes(Hex.Parse("03 0A 0B 0C 52 00 00 01 00 00 03 50 00")),
            Is.EqualTo(Globset.FromRanges([new(0x0A0B_0C00_0001, 0x0A0B_0C00_0003)])));

    [Test]
    public void RangeTruncatedInHighValue() =>
        AssertError(Fails("03 0A 0B 0C 52 00 00 01 00 00"), "Range.HighValue", 8, ProtocolErrorKind.Truncated);

    [Test]
    public void EndWithBytesOnTheStackIsRejected() =>
        // [MS-OXCFXICS] 3.1.5.4.3.1.5: the stack is popped empty before End.
        AssertError(Fails("02 00 00 00"), "End", 3, ProtocolErrorKind.InvalidValue);

    [Test]
    public void BytesAfterEndAreTrailing() =>
        AssertError(Fails("00 00"), "End", 1, ProtocolErrorKind.TrailingBytes);

    [Test]
    public void OverlappingAndUnorderedRangesAreMergedOnDecode()
    {
        // Valid but not canonical: a range, an overlapping one below it, and an adjacent singleton.
        Globset decoded = Globset.FromBytes(Hex.Parse(
            "52 00 00 00 00 00 10 00 00 00 00 00 20" +
            " 52 00 00 00 00 00 05 00 00 00 00 00 12" +
            " 06 00 00 00 00 00 21 00"));
        Assert.That(decoded.Ranges.ToArray(), Is.EqualTo(new[] { new GlobcntRange(0x05, 0x21) }));
    }

    [Test]
    public void GlobsetErrorInsideAnIdsetNamesTheAbsoluteOffset()
    {
        // A REPLGUID, then a Pop on an empty stack at byte 16.
        ProtocolException error = Assert.Throws<ProtocolException>(() => IdSetWithReplGuid.FromBytes(Hex.Parse("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01 50 00")))!;
        AssertError(error, "Pop", 16, ProtocolErrorKind.InvalidValue);
    }

    [Test]
    public void IdsetTruncatedInItsReplGuid() =>
        AssertError(
            Assert.Throws<ProtocolException>(() => IdSetWithReplGuid.FromBytes(Hex.Parse("01 02 03")))!,
            "REPLGUID",
            0,
            ProtocolErrorKind.Truncated,
            "IDSET");

    [TestCase("02", "01")]
    [TestCase("01", "01")]
    public void ReplGuidsMustAscendByWireBytes(string first, string second)
    {
        // [MS-OXCFXICS] 2.2.2.4.2: ascending order by byte-to-byte comparison; each entry here has an empty GLOBSET.
        string dump = string.Concat(Enumerable.Repeat(first + " ", 16)) + "00 " + string.Concat(Enumerable.Repeat(second + " ", 16)) + "00";
        ProtocolException error = Assert.Throws<ProtocolException>(() => IdSetWithReplGuid.FromBytes(Hex.Parse(dump)))!;
        AssertError(error, "REPLGUID", 17, ProtocolErrorKind.InvalidValue, "IDSET");
    }

    [Test]
    public void ReplGuidOrderIsByWireBytesNotByGuidComparison()
    {
        // Data1 is little-endian on the wire, so 01 00 00 00 ... sorts before 00 01 00 00 ... even
        // though the first is the smaller number.
        var low = new Guid([0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        var high = new Guid([0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        IdSetWithReplGuid idset = IdSetWithReplGuid.Create([new(high, Globset.Empty), new(low, Globset.Empty)]);
        Assert.That(idset.Entries[0].ReplGuid, Is.EqualTo(high));
        Assert.That(IdSetWithReplGuid.FromBytes(idset.ToBytes()), Is.EqualTo(idset));
    }

    [Test]
    public void ReplIdsMustAscend()
    {
        ProtocolException error = Assert.Throws<ProtocolException>(() => IdSetWithReplId.FromBytes(Hex.Parse("02 00 00 01 00 00")))!;
        AssertError(error, "REPLID", 3, ProtocolErrorKind.InvalidValue, "IDSET");
    }

    [Test]
    public void EncodingEntriesOutOfOrderIsAProgrammingError()
    {
        var idset = new IdSetWithReplId(new[] { new ReplIdGlobset(2, Globset.Empty), new ReplIdGlobset(1, Globset.Empty) });
        Assert.Throws<InvalidOperationException>(() => idset.ToBytes());
    }

    [Test]
    public void RangeBeyondFortyEightBitsCannotBeBuilt() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new GlobcntRange(0, 1UL << 48));

    [Test]
    public void ContainsAndCountFollowTheRanges()
    {
        Globset set = Globset.FromRanges([new(10, 20), new(21, 25), new(40, 40), new(0, 0)]);
        Assert.That(set.Ranges.ToArray(), Is.EqualTo(new[] { GlobcntRange.Single(0), new GlobcntRange(10, 25), GlobcntRange.Single(40) }));
        Assert.That(set.Count, Is.EqualTo(18UL));
        Assert.That(new[] { 0UL, 10UL, 25UL, 40UL }.All(set.Contains), Is.True);
        Assert.That(new[] { 1UL, 9UL, 26UL, 39UL, 41UL }.Any(set.Contains), Is.False);
    }
}
