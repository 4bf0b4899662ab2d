namespace Conformance.Fuzz.Tests.Traffic;

using Conformance.Fuzz.Traffic;

public sealed class MinimizationTests
{
    [Test]
    public async Task Ddmin_finds_the_two_elements_a_failure_needs()
    {
        int[] input = [.. Enumerable.Range(0, 100)];
        IReadOnlyList<int> minimal = await DeltaDebugger.MinimizeAsync(input, c => Task.FromResult(c.Contains(17) && c.Contains(42)));
        Assert.That(minimal, Is.EqualTo(new[] { 17, 42 }));
    }

    [Test]
    public async Task A_case_shrinks_to_the_failing_rop_and_then_to_its_bytes()
    {
        byte[] culprit = [0x07, 0x00, 0xAB, 0xCD, 0x01];
        var failing = new TrafficCase([[0x7B, 0, 0], [0x68, 0, 1], culprit, [0x01, 0, 0, 1, 2]], [TrafficCase.Prelude(0)]);

        // Synthetic failure: the buffer holds 0xAB followed somewhere by 0xCD.
        static bool Fails(TrafficCase c)
        {
            byte[] all = [.. c.Rops.SelectMany(r => r)];
            int at = Array.IndexOf(all, (byte)0xAB);
            return at >= 0 && Array.IndexOf(all, (byte)0xCD, at) > at;
        }

        TrafficCase minimal = await CaseMinimizer.MinimizeAsync(failing, c => Task.FromResult(Fails(c)));
        Assert.That(minimal.Rops.SelectMany(r => r), Is.EqualTo(new byte[] { 0xAB, 0xCD }));
        Assert.That(minimal.HandleSlots, Is.EqualTo(failing.HandleSlots));
    }
}
