namespace Conformance.Protocol.Tests.IdSets;

using Conformance.Protocol.Data;
using Conformance.Protocol.IdSets;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Tests.Infrastructure;
using Conformance.Protocol.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;

/// <summary>FsCheck properties of the GLOBSET and IDSET codecs.</summary>
public sealed class GlobsetProperties
{
    /// <summary>
    /// Counters drawn near a few random bases, so that ranges share prefixes of every length and fall
    /// within eight of each other often enough to exercise Push, Bitmask and Range alike.
    /// </summary>
    private static Gen<ulong> Counter(ulong[] bases) =>
        Gen.Frequency(
            (6, from b in Gen.Elements(bases) from offset in Gen.Choose(0, 40) select Math.Min(b + (ulong)offset, ObjectId.MaxGlobalCounter)),
            (2, from b in Gen.Elements(bases) from offset in Gen.Choose(0, 0xFFFFF) select Math.Min(b + (ulong)offset, ObjectId.MaxGlobalCounter)),
            (1, DataGenerators.GlobalCounter));

    private static Gen<GlobcntRange> Range(ulong[] bases) =>
        from low in Counter(bases)
        from width in Gen.Frequency((5, Gen.Constant(0UL)), (4, Gen.Choose(1, 12).Select(w => (ulong)w)), (1, DataGenerators.GlobalCounter))
        select new GlobcntRange(low, Math.Min(low + width, ObjectId.MaxGlobalCounter));

    private static readonly Gen<ulong[]> Bases =
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(
            Gen.Frequency(
                (3, DataGenerators.GlobalCounter),
                (2, DataGenerators.GlobalCounter.Select(c => c & 0xFFFF_FFFF_FF00)),
                (1, Gen.Constant(0UL)),
                (1, Gen.Constant(ObjectId.MaxGlobalCounter - 30))),
            n));

    public static readonly Gen<Globset> Globsets =
        from bases in Bases
        from ranges in DataGenerators.ArrayOf(Range(bases), 24)
        select Globset.FromRanges(ranges);

    public static readonly Gen<IdSetWithReplGuid> IdSetsWithReplGuid =
        DataGenerators.ArrayOf(from guid in DataGenerators.Guid from set in Globsets select new ReplGuidGlobset(guid, set), 4)
            .Select(entries => IdSetWithReplGuid.Create(entries.DistinctBy(e => e.ReplGuid)));

    public static readonly Gen<IdSetWithReplId> IdSetsWithReplId =
        DataGenerators.ArrayOf(from id in DataGenerators.UInt16 from set in Globsets select new ReplIdGlobset(id, set), 4)
            .Select(entries => IdSetWithReplId.Create(entries.DistinctBy(e => e.ReplId)));

    [Test]
    public void RandomSetsSurviveEncodeThenDecode() =>
        PropertyCheck.ForAll(Globsets, set => Assert.That(Globset.FromBytes(set.ToBytes()), Is.EqualTo(set)));

    [Test]
    public void CanonicalEncodingIsAFixedPoint() =>
        // decode then encode gives back the very bytes the encoder produced.
        PropertyCheck.ForAll(Globsets.Select(s => s.ToBytes()), bytes => Assert.That(Globset.FromBytes(bytes).ToBytes(), Is.EqualTo(bytes)));

    [Test]
    public void NormalizedRangesAreSortedDisjointAndNonAdjacent() =>
        PropertyCheck.ForAll(Globsets, set =>
        {
            GlobcntRange[] ranges = set.Ranges.ToArray();
            for (int i = 1; i < ranges.Length; i++)
            {
                Assert.That(ranges[i].Low, Is.GreaterThan(ranges[i - 1].High + 1), set.ToString());
            }
        });

    [Test]
    public void ArbitraryValidStreamsDecodeToTheirModelAndReencodeToTheSameSet() =>
        // A stream built from random commands is valid but rarely canonical: it may push more or fewer
        // bytes than needed, repeat or overlap ranges, or use Range where Bitmask fits. Its bytes then
        // differ from our encoding of the same set, so the property is decode(encode(decode(x))) == decode(x).
        PropertyCheck.ForAll(ValidStreams, stream =>
        {
            Globset decoded = Globset.FromBytes(stream.Bytes);
            Assert.That(decoded, Is.EqualTo(Globset.FromRanges(stream.Model)), Convert.ToHexString(stream.Bytes));
            Assert.That(Globset.FromBytes(decoded.ToBytes()), Is.EqualTo(decoded));
        });

    [Test]
    public void IdSetsWithReplGuidRoundTrip() =>
        PropertyCheck.ForAll(IdSetsWithReplGuid, idset =>
        {
            byte[] bytes = idset.ToBytes();
            Assert.That(IdSetWithReplGuid.FromBytes(bytes), Is.EqualTo(idset));
            Assert.That(IdSetWithReplGuid.FromBytes(bytes).ToBytes(), Is.EqualTo(bytes));
        });

    [Test]
    public void IdSetsWithReplIdRoundTrip() =>
        PropertyCheck.ForAll(IdSetsWithReplId, idset => Assert.That(IdSetWithReplId.FromBytes(idset.ToBytes()), Is.EqualTo(idset)));

    [Test]
    public void RandomBytesRaiseOnlyProtocolException() =>
        PropertyCheck.ForAll(
            Gen.Choose(0, 48).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, DataGenerators.Byte), (2, Gen.Elements<byte>(0x00, 0x01, 0x05, 0x06, 0x42, 0x50, 0x52))), n)),
            bytes =>
            {
                DecodeOutcome.Run(bytes, b => Globset.FromBytes(b));
                DecodeOutcome.Run(bytes, b => IdSetWithReplGuid.FromBytes(b));
                DecodeOutcome.Run(bytes, b => IdSetWithReplId.FromBytes(b));
            },
            maxTest: 2000);

    [Test]
    public void MutatedStreamsRaiseOnlyProtocolException() =>
        PropertyCheck.ForAll(
            MalformedInputProperties.Mutations(Gen.OneOf(ValidStreams.Select(s => s.Bytes), Globsets.Select(s => s.ToBytes()))),
            bytes =>
            {
                Globset? decoded = DecodeOutcome.Run(bytes, b => Globset.FromBytes(b));
                if (decoded is not null)
                {
                    Assert.That(Globset.FromBytes(decoded.ToBytes()), Is.EqualTo(decoded));
                }
            },
            maxTest: 1000);

    [Test]
    public void MutatedIdSetsRaiseOnlyProtocolException() =>
        PropertyCheck.ForAll(
            MalformedInputProperties.Mutations(IdSetsWithReplGuid.Select(s => s.ToBytes())),
            bytes => DecodeOutcome.Run(bytes, b => IdSetWithReplGuid.FromBytes(b)),
            maxTest: 500);

    [Test]
    public void DenseBitmasksStayWithinTheAllocationBound()
    {
        // The most ranges per input byte: five disjoint ranges from every three-byte Bitmask.
        var bytes = new List<byte> { 0x05, 0, 0, 0, 0, 0 };
        for (int i = 0; i < 3000; i++)
        {
            bytes.AddRange([0x42, (byte)(i % 0xF0), 0xAA]);
        }

        bytes.AddRange([0x50, 0x00]);
        Globset? decoded = DecodeOutcome.Run(bytes.ToArray(), b => Globset.FromBytes(b));
        Assert.That(decoded, Is.Not.Null);
    }

    /// <summary>A valid command stream and the ranges it stands for, computed independently of the decoder.</summary>
    public sealed record Stream(byte[] Bytes, GlobcntRange[] Model);

    private abstract record Step;

    private sealed record PushStep(byte[] Bytes) : Step;

    private sealed record PopStep : Step;

    private sealed record BitmaskStep(byte StartingValue, byte Bitmask) : Step;

    private sealed record RangeStep(ulong A, ulong B) : Step;

    private static readonly Gen<Step> Steps =
        Gen.Frequency(
            (4, Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, Gen.Elements<byte>(0, 1, 0xFF)), (2, DataGenerators.Byte)), n)).Select(b => (Step)new PushStep(b))),
            (2, Gen.Constant<Step>(new PopStep())),
            (3, from s in DataGenerators.Byte from m in DataGenerators.Byte select (Step)new BitmaskStep(s, m)),
            (3, from a in DataGenerators.GlobalCounter from d in Gen.Choose(0, 300) select (Step)new RangeStep(a, a + (ulong)d)));

    /// <summary>
    /// Streams from random steps, each adapted to the state so the stream stays valid: a Push is cut
    /// to the room left, Bitmask runs only with five stack bytes and keeps within 0xFF, Range bytes
    /// are the low-order part of two counters put in order, and the stack is popped empty before End.
    /// </summary>
    public static readonly Gen<Stream> ValidStreams = DataGenerators.ArrayOf(Steps, 30).Select(Build);

    private static Stream Build(Step[] steps)
    {
        var bytes = new List<byte>();
        var model = new List<GlobcntRange>();
        var stack = new List<byte>();
        var pushes = new Stack<int>();
        foreach (Step step in steps)
        {
            switch (step)
            {
                case PushStep push:
                {
                    byte[] pushed = push.Bytes[..Math.Min(push.Bytes.Length, 6 - stack.Count)];
                    bytes.Add((byte)pushed.Length);
                    bytes.AddRange(pushed);
                    if (stack.Count + pushed.Length == 6)
                    {
                        ulong value = Number([.. stack, .. pushed]);
                        model.Add(new GlobcntRange(value, value));
                    }
                    else
                    {
                        stack.AddRange(pushed);
                        pushes.Push(pushed.Length);
                    }

                    break;
                }

                case PopStep when pushes.Count > 0:
                    stack.RemoveRange(stack.Count - pushes.Peek(), pushes.Pop());
                    bytes.Add(0x50);
                    break;

                case BitmaskStep bitmask when stack.Count == 5:
                {
                    int room = 0xFF - bitmask.StartingValue;
                    byte mask = room >= 8 ? bitmask.Bitmask : (byte)(bitmask.Bitmask & ((1 << room) - 1));
                    bytes.AddRange([0x42, bitmask.StartingValue, mask]);
                    ulong prefix = Number([.. stack, 0]);
                    model.Add(GlobcntRange.Single(prefix + bitmask.StartingValue));
                    for (int bit = 0; bit < 8; bit++)
                    {
                        if ((mask & (1 << bit)) != 0)
                        {
                            model.Add(GlobcntRange.Single(prefix + bitmask.StartingValue + (ulong)bit + 1));
                        }
                    }

                    break;
                }

                case RangeStep range when stack.Count < 6:
                {
                    int width = 6 - stack.Count;
                    ulong mask = width == 6 ? ObjectId.MaxGlobalCounter : (1UL << (8 * width)) - 1;
                    ulong a = range.A & mask;
                    ulong b = Math.Min(range.B, ObjectId.MaxGlobalCounter) & mask;
                    (ulong low, ulong high) = a <= b ? (a, b) : (b, a);
                    bytes.Add(0x52);
                    bytes.AddRange(Bytes(low)[(6 - width)..]);
                    bytes.AddRange(Bytes(high)[(6 - width)..]);
                    ulong prefix = Number([.. stack, .. new byte[width]]);
                    model.Add(new GlobcntRange(prefix | low, prefix | high));
                    break;
                }

                default:
                    break;
            }
        }

        for (int i = 0; i < pushes.Count; i++)
        {
            bytes.Add(0x50);
        }

        bytes.Add(0x00);
        return new Stream([.. bytes], [.. model]);
    }

    private static ulong Number(byte[] six)
    {
        ulong value = 0;
        foreach (byte b in six)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private static byte[] Bytes(ulong value)
    {
        var six = new byte[6];
        for (int i = 5; i >= 0; i--)
        {
            six[i] = (byte)value;
            value >>= 8;
        }

        return six;
    }
}
