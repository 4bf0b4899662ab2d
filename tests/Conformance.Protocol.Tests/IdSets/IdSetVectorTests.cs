namespace Conformance.Protocol.Tests.IdSets;

using Conformance.Protocol.IdSets;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>Byte examples of serialized IDSETs and GLOBSETs from the specifications.</summary>
public sealed class IdSetVectorTests
{
    // [MS-OXCSTOR] 4.8: the Data field of the RopReadPerUserInformation response (bytes 0003-001A);
    // [MS-OXCSTOR] 4.9 sends the same bytes as the Data of RopWritePerUserInformation (001F-0036).
    private const string PerUserData = "D8 44 AE 73 F9 61 5D 4F B3 C6 9A 7C 31 FE C1 23 06 00 00 00 78 2B 33 00";

    // The REPLGUID in the little-endian wire layout of [MS-DTYP] 2.3.4; the same 16 bytes are the
    // ReplGuid field at 0037-0046 of the 4.9 request.
    private static readonly Guid PerUserReplGuid = new("73ae44d8-61f9-4f5d-b3c6-9a7c31fec123");

    [Test]
    public void MsOxcstorPerUserInformationDataIsOneReplGuidWithOneCounter()
    {
        byte[] bytes = Hex.Parse(PerUserData);
        IdSetWithReplGuid decoded = IdSetWithReplGuid.FromBytes(bytes);

        // A Push of six bytes is a singleton range and needs no Pop; End closes the GLOBSET.
        var expected = new IdSetWithReplGuid(new[] { new ReplGuidGlobset(PerUserReplGuid, Globset.FromCounters([0x0000_0078_2B33UL])) });
        Assert.That(decoded, Is.EqualTo(expected));
        Assert.That(decoded.Entries[0].Globset.Count, Is.EqualTo(1UL));
        Assert.That(Convert.ToHexString(expected.ToBytes()), Is.EqualTo(Convert.ToHexString(bytes)), "re-encoded bytes");
    }

    [Test]
    public void MsOxcfxicsBitmaskExampleEncodesThreeRangesInOneCommand()
    {
        // [MS-OXCFXICS] 3.1.5.4.3.1.3: {0x01-0x03, 0x05, 0x07-0x09} below five common bytes is
        // StartingValue 0x01 with Bitmask 0xEB. The example gives only the command; the Push of the
        // five zero bytes, the Pop and the End around it are added here.
        byte[] bytes = Hex.Parse("05 00 00 00 00 00 42 01 EB 50 00");
        Globset expected = Globset.FromRanges([new(0x01, 0x03), new(0x05, 0x05), new(0x07, 0x09)]);

        Assert.That(Globset.FromBytes(bytes), Is.EqualTo(expected));
        Assert.That(Convert.ToHexString(expected.ToBytes()), Is.EqualTo(Convert.ToHexString(bytes)));
    }

    [Test]
    public void MsOxcfxicsIdsetExampleRoundTripsAsASet()
    {
        // [MS-OXCFXICS] 4.4: Message IDs 0001-000000000005, -06, -10 and 0002-000000000009 in the
        // REPLID form. The specification stresses that many encodings are valid, so the set (not a
        // byte string) is the vector here.
        IdSetWithReplId idset = IdSetWithReplId.Create(
        [
            new ReplIdGlobset(0x0002, Globset.FromCounters([0x09UL])),
            new ReplIdGlobset(0x0001, Globset.FromCounters([0x05UL, 0x06UL, 0x10UL])),
        ]);

        byte[] bytes = idset.ToBytes();
        Assert.That(IdSetWithReplId.FromBytes(bytes), Is.EqualTo(idset));
        Assert.That(idset.Entries[0].ReplId, Is.EqualTo(0x0001));
        Assert.That(idset.Entries[0].Globset.Ranges.ToArray(), Is.EqualTo(new[] { new GlobcntRange(0x05, 0x06), GlobcntRange.Single(0x10) }));

        // Our canonical form: REPLID 01 00, Push of the five zero bytes, Range 05-06 (one range gains
        // nothing from a Bitmask), a one-byte Push for 0x10 (beyond StartingValue + 8), Pop, End; then
        // REPLID 02 00 with a six-byte Push (a singleton needs no Pop) and End.
        Assert.That(Convert.ToHexString(bytes), Is.EqualTo("0100" + "050000000000" + "520506" + "0110" + "50" + "00" + "0200" + "06000000000009" + "00"));
    }

    [Test]
    public void EmptyGlobsetIsOnlyTheEndCommand() =>
        Assert.That(Globset.Empty.ToBytes(), Is.EqualTo(new byte[] { 0x00 }));

    [Test]
    public void WholeCounterSpaceStaysOneRange()
    {
        byte[] bytes = Hex.Parse("52 00 00 00 00 00 00 FF FF FF FF FF FF 00");
        Globset decoded = Globset.FromBytes(bytes);
        Assert.That(decoded.Ranges, Has.Count.EqualTo(1));
        Assert.That(decoded.Count, Is.EqualTo(1UL << 48));
        Assert.That(decoded.ToBytes(), Is.EqualTo(bytes));
    }
}
