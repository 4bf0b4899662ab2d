namespace Conformance.Fuzz.Tests.Traffic;

using Conformance.Fuzz.Traffic;
using Conformance.Protocol.Rops.Store;

public sealed class OracleTests
{
    private static TrafficCase StoreState() =>
        new([new RopGetStoreStateRequest { InputHandleIndex = 0 }.ToBytes()], [TrafficCase.Prelude(0), TrafficCase.Prelude(1), TrafficCase.Prelude(2), 0xFFFFFFFF]);

    private static async Task<OracleVerdict?> RunAsync(Breakage breakage)
    {
        await using var target = new BrokenTarget(breakage);
        var runner = new TrafficRunner(target, BrokenTarget.User, TimeSpan.FromMilliseconds(200));
        (_, OracleVerdict? verdict) = await runner.RunAsync(StoreState(), checkLiveness: true, null, CancellationToken.None);
        return verdict;
    }

    [Test]
    public async Task A_true_session_fires_no_oracle() => Assert.That(await RunAsync(Breakage.None), Is.Null);

    [TestCase(Breakage.WrongHandleTableLength, "handle-table", "length")]
    [TestCase(Breakage.Undecodable, "decode", "RopId.InvalidValue")]
    [TestCase(Breakage.Hang, "hang", "timeout")]
    [TestCase(Breakage.InternalError, "internal-error", "InvalidOperationException.unknown")]
    [TestCase(Breakage.Throw, "exception", "InvalidOperationException")]
    public async Task A_broken_session_fires_its_oracle(Breakage breakage, string oracle, string kind)
    {
        OracleVerdict? verdict = await RunAsync(breakage);
        Assert.That(verdict, Is.Not.Null);
        Assert.That((verdict!.Oracle, verdict.Kind, verdict.Rop), Is.EqualTo((oracle, kind, TrafficOracles.Buffer)), verdict.Message);
    }

    [Test]
    public void A_return_value_outside_MS_OXCDATA_is_not_allowed()
    {
        Assert.That(AllowedReturnValues.IsAllowed(Protocol.Rops.RopId.RopGetStoreState, 0x80040102), Is.True);
        Assert.That(AllowedReturnValues.IsAllowed(Protocol.Rops.RopId.RopGetStoreState, 0x12345678), Is.False);
        Assert.That(AllowedReturnValues.IsAllowed(Protocol.Rops.RopId.RopSeekStream, 0x80030019), Is.True, "StreamSeekError, [MS-OXCPRPT] 3.2.5.18");
        Assert.That(AllowedReturnValues.IsAllowed(Protocol.Rops.RopId.RopGetStoreState, 0x80030019), Is.False);
    }
}
