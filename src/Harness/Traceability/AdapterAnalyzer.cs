namespace Conformance.Harness.Traceability;

using Conformance.Adapters;
using Conformance.Protocol.Rops;

/// <summary>
/// Adapter-level checks, like a protocol analyzer on the wire: attached to a <see cref="RopSession"/>, it
/// looks at every exchange and records checkpoints (source "adapter") for the catalog entries of
/// verification Adapter that apply:
/// <list type="bullet">
/// <item>Layout entries of response buffers: a response of the section's ROP that decoded and carries the
/// field passes; when the output buffer failed to decode on that field of that ROP, the entry fails with
/// the codec's message and the exchange attached.</item>
/// <item>The Normative entries of <see cref="NormativeChecks"/>, on each response and the request it answers.</item>
/// <item>The Normative entries the codec enforces (<see cref="CodecEnforcedRules"/>): a decoded response of the ROP
/// passes, a decoding failure inside it fails.</item>
/// </list>
/// It records only: a violation it finds goes to the report (verdict violated) but does not fail the test
/// that happened to send the ROP, which is testing something else. Passing checkpoints carry no exchange,
/// to keep the results file small; failing ones carry it.
/// </summary>
public sealed class AdapterAnalyzer
{
    private readonly ILookup<RopId, LayoutRule> layoutByRop;
    private readonly ILookup<RopId, NormativeCheck> normativeByRop;
    private readonly ILookup<RopId, CodecEnforcedRule> codecByRop;

    public AdapterAnalyzer(CheckpointRecorder recorder, IEnumerable<LayoutRule> layout, IEnumerable<NormativeCheck>? normative = null, IEnumerable<CodecEnforcedRule>? codecEnforced = null)
    {
        Recorder = recorder;
        LayoutRules = [.. layout];
        Checks = [.. normative ?? NormativeChecks.All];
        CodecRules = [.. codecEnforced ?? CodecEnforcedRules.All];
        foreach (string id in Checks.Select(c => c.Id).Concat(CodecRules.Select(r => r.Id)))
        {
            recorder.Index.Get(id);
        }

        layoutByRop = LayoutRules.ToLookup(r => r.Rop);
        normativeByRop = Checks.ToLookup(c => c.Rop);
        codecByRop = CodecRules.ToLookup(r => r.Rop);
    }

    public CheckpointRecorder Recorder { get; }

    public IReadOnlyList<LayoutRule> LayoutRules { get; }

    public IReadOnlyList<NormativeCheck> Checks { get; }

    public IReadOnlyList<CodecEnforcedRule> CodecRules { get; }

    /// <summary>The IDs of every catalog entry this analyzer records.</summary>
    public IEnumerable<string> RequirementIds => LayoutRules.Select(r => r.Entry.Id).Concat(Checks.Select(c => c.Id)).Concat(CodecRules.Select(r => r.Id)).Distinct(StringComparer.Ordinal);

    /// <summary>Starts watching <paramref name="session"/>; dispose the result to stop.</summary>
    public IDisposable Attach(RopSession session)
    {
        session.Exchanged += Analyze;
        return new Detach(() => session.Exchanged -= Analyze);
    }

    /// <summary>Records the checkpoints of one exchange.</summary>
    public void Analyze(RopExchange exchange)
    {
        if (exchange.DecodeFailure is { } failure)
        {
            RopId[] requested = [.. exchange.Input.RopsList.Select(r => r.RopId)];
            foreach (LayoutRule rule in LayoutRules.Where(r => r.FailedBy(failure, requested)))
            {
                Recorder.Record(rule.Entry.Id, false, $"a {rule.Field} field that decodes", failure.Detail, failure.Message, exchange, CheckpointSource.Adapter);
            }

            foreach (CodecEnforcedRule rule in CodecRules.Where(r => r.FailedBy(failure, requested)))
            {
                Recorder.Record(rule.Id, false, rule.Description, failure.Detail, failure.Message, exchange, CheckpointSource.Adapter);
            }

            return;
        }

        foreach ((RopRequest? request, RopResponse response) in ResponsePairing.Pair(exchange))
        {
            foreach (LayoutRule rule in layoutByRop[response.RopId].Where(r => r.AppliesTo(response)))
            {
                Recorder.Record(rule.Entry.Id, true, $"{rule.Field} as laid out in {rule.Entry.Section}", "decoded", $"{response.RopId} response decoded", null, CheckpointSource.Adapter);
            }

            foreach (CodecEnforcedRule rule in codecByRop[response.RopId].Where(r => r.Applies(response)))
            {
                Recorder.Record(rule.Id, true, rule.Description, "decoded", $"{response.RopId} response decoded", null, CheckpointSource.Adapter);
            }

            foreach (NormativeCheck check in normativeByRop[response.RopId])
            {
                if (check.Evaluate(request, response) is { } seen)
                {
                    Recorder.Record(check.Id, seen.Held, seen.Expected, seen.Actual, seen.Message, seen.Held ? null : exchange, CheckpointSource.Adapter);
                }
            }
        }
    }

    private sealed class Detach(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
