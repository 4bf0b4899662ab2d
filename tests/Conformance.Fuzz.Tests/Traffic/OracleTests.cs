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
    public async Task A_code_only_another_ROP_can_return_fires_the_return_value_oracle()
    {
        OracleVerdict? verdict = await RunAsync(Breakage.ForeignReturnValue);
        Assert.That((verdict?.Oracle, verdict?.Rop, verdict?.Kind), Is.EqualTo(("return-value", "RopGetStoreState", "0x00000478")), verdict?.Message);
        Assert.That(verdict!.Message, Does.Contain("WrongServer").And.Contain("RopLogon"));
    }

    [TestCase("HttpRequestException: connection refused", "PING: HttpRequestException", "no-answer")]
    [TestCase(null, "PING: MapiHttpException: X-ResponseCode 10", "session-lost")]
    [TestCase("HttpRequestException: connection refused", null, "no-answer")]
    public void A_server_that_stops_answering_is_told_from_one_that_dropped_the_session(string? newSession, string? ping, string kind)
    {
        var observation = new CaseObservation([], [], null, null, TimeSpan.Zero, [], LivenessFailure: newSession, PingFailure: ping);
        OracleVerdict? verdict = TrafficOracles.Judge(observation, TimeSpan.FromSeconds(1));
        Assert.That((verdict?.Oracle, verdict?.Kind), Is.EqualTo(("liveness", kind)));
    }
}
