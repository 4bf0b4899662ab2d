namespace Conformance.Fuzz.Tests.Traffic;

using System.Buffers.Binary;
using Conformance.Fuzz.Traffic;

public sealed class MutatorTests
{
    [Test]
    public void Mutations_stay_within_bounds_and_build_consistent_buffers()
    {
        var random = new Random(7);
        var factory = new CaseFactory(new RequestGenerator(live: false), live: false);
        TrafficCase current = factory.Generate(random);
        var big = new TrafficCase([.. Enumerable.Range(0, 40).Select(_ => new byte[1000])], [.. Enumerable.Range(0, 300).Select(i => (uint)i)]);
        for (int i = 0; i < 3000; i++)
        {
            TrafficCase source = i % 50 == 0 ? big : current;
            TrafficCase mutated = TrafficMutator.Mutate(source, random, factory.Generate(random), maximumSteps: 8);
            Assert.That(mutated.Length, Is.LessThanOrEqualTo(TrafficMutator.MaximumLength));
            Assert.That(mutated.HandleSlots, Has.Count.LessThanOrEqualTo(TrafficMutator.MaximumHandleSlots));
            byte[] built = mutated.Build([1, 2, 3]);
            Assert.That(built, Has.Length.EqualTo(2 + mutated.Length + (4 * mutated.HandleSlots.Count)));
            int ropSize = 2 + mutated.Length + mutated.RopSizeDelta;
            Assert.That(ropSize, Is.InRange(0, ushort.MaxValue));
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(built), Is.EqualTo(ropSize));
            current = mutated.Length > 4000 ? factory.Generate(random) : mutated;
        }
    }

    [Test]
    public void Mutation_is_deterministic_for_a_seed()
    {
        var factory = new CaseFactory(new RequestGenerator(live: false), live: false);
        TrafficCase a = TrafficMutator.Mutate(factory.Generate(new Random(3)), new Random(4));
        TrafficCase b = TrafficMutator.Mutate(factory.Generate(new Random(3)), new Random(4));
        Assert.That(a.Build([1, 2, 3]), Is.EqualTo(b.Build([1, 2, 3])));
    }

    [Test]
    public void Prelude_slots_resolve_to_the_prelude_handles()
    {
        var trafficCase = new TrafficCase([[0x7B, 0, 0]], [TrafficCase.Prelude(2), 0xFFFFFFFF]);
        Assert.That(Convert.ToHexString(trafficCase.Build([0x10, 0x20, 0x30])), Is.EqualTo("05007B000030000000FFFFFFFF"));
    }
}
