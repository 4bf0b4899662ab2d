namespace Conformance.Fuzz.Traffic;

using System.Diagnostics;
using Conformance.Adapters;

/// <summary>
/// A traffic fuzzing campaign against one target: cases from <see cref="CaseFactory"/> (a third fresh, the rest
/// mutations of the corpus), each run by <see cref="TrafficRunner"/>; a case that shows a new (ROP, ReturnValue) joins
/// the corpus; a new signature is minimised and saved, a known one counted. On a hosted target the store returns to
/// its initial content every <see cref="TrafficCampaignOptions.RestoreEvery"/> cases. State is saved every
/// <see cref="TrafficCampaignOptions.SaveInterval"/> and when the run ends or is cancelled.
/// </summary>
public sealed class TrafficCampaign(ITarget target, TargetUser user, TrafficCampaignOptions options, TextWriter log)
{
    /// <summary>The most corpus entries kept (the oldest seeds stay; later additions replace at random).</summary>
    public const int MaximumCorpus = 1024;

    public async Task<TrafficCampaignResult> RunAsync(CancellationToken cancellationToken)
    {
        LiveSafety.CheckLiveCampaign(options.TargetKind, options.AllowLiveMailbox, user.Name);
        bool live = TrafficTargets.IsLive(options.TargetKind);
        var factory = new CaseFactory(new RequestGenerator(live), live);
        var runner = new TrafficRunner(target, user, options.HangThreshold);
        var store = new FindingStore(options.OutputFolder);
        CampaignState state = LoadOrCreate(factory);
        var newFindings = new List<TrafficFinding>();
        Adapters.IServerControl? restore = options.RestoreEvery > 0 && !live ? target.ServerControl : null;
        var clock = Stopwatch.StartNew();
        var sinceSave = Stopwatch.StartNew();
        long cases = 0;
        string? stopped = null;
        TrafficCase? previous = null;
        long previousNumber = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested && clock.Elapsed < options.Duration && (options.MaximumCases is null || cases < options.MaximumCases))
            {
                long number = ++state.CaseNumber;
                var random = new Random(unchecked((int)((uint)state.Seed * 2654435761u) ^ (int)number ^ (int)(number >> 32)));
                TrafficCase? trafficCase = NextCase(factory, state, random, live);
                if (trafficCase is null)
                {
                    continue;
                }

                cases++;
                if (restore is not null && number % options.RestoreEvery == 0)
                {
                    try
                    {
                        restore.RestoreInitialContent();
                    }
                    catch (Adapters.TargetCapabilityException unable)
                    {
                        log.WriteLine($"the store's content cannot be restored ({unable.Message}); the campaign goes on without");
                        restore = null;
                    }
                }

                int before = state.Features.Count;
                CaseObservation observation;
                OracleVerdict? verdict;
                try
                {
                    (observation, verdict) = await runner.RunAsync(trafficCase, number % options.LivenessEvery == 0, state.Features, cancellationToken).ConfigureAwait(false);
                }
                catch (PreludeFailedException failed)
                {
                    // The prelude of this case failed: if the server no longer answers at all, the previous case did it.
                    string? dead = await runner.LivenessAsync(cancellationToken).ConfigureAwait(false);
                    if (dead is null)
                    {
                        log.WriteLine($"case {number}: {failed.Message} (the server still answers a logon; case skipped)");
                        continue;
                    }

                    if (previous is not null)
                    {
                        var lastWords = new CaseObservation(previous.Build([0, 0, 0]), previous.HandleSlots, null, null, TimeSpan.Zero, [], LivenessFailure: dead);
                        Record(store, state, newFindings, TrafficOracles.Judge(lastWords, options.HangThreshold)!, previous, previousNumber, lastWords);
                    }

                    stopped = $"the server stopped answering: {dead}";
                    break;
                }

                if (verdict is not null)
                {
                    if (store.Contains(verdict.Signature))
                    {
                        store.CountHit(verdict.Signature);
                    }
                    else
                    {
                        TrafficCase minimized = options.Minimize ? await MinimizeAsync(runner, trafficCase, verdict, cancellationToken).ConfigureAwait(false) : trafficCase;
                        (CaseObservation last, OracleVerdict? again) = await runner.RunAsync(minimized, verdict.Oracle == "liveness", null, cancellationToken).ConfigureAwait(false);
                        if (again?.Signature != verdict.Signature)
                        {
                            (minimized, last, again) = (trafficCase, observation, verdict);
                        }

                        TrafficFinding saved = Record(store, state, newFindings, again!, minimized, number, last, trafficCase);
                        log.WriteLine($"case {number}: NEW FINDING {saved.Signature}: {saved.Message.Split('\n')[0]}");
                    }
                }
                else if (state.Features.Count > before)
                {
                    AddToCorpus(state, trafficCase, random);
                }

                previous = trafficCase;
                previousNumber = number;
                if (sinceSave.Elapsed >= options.SaveInterval)
                {
                    Checkpoint(state, clock, cases);
                    sinceSave.Restart();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stopped = "cancelled";
        }
        finally
        {
            Checkpoint(state, clock, cases);
            FindingsReport.Write(options.ReportFolder, options.OutputFolder, store.All());
        }

        return new TrafficCampaignResult(cases, clock.Elapsed, newFindings, store.All().Count, stopped);
    }

    private double startElapsed;

    private void Checkpoint(CampaignState state, Stopwatch clock, long cases)
    {
        state.ElapsedSeconds = startElapsed + clock.Elapsed.TotalSeconds;
        state.Save(options.OutputFolder);
        log.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {cases} cases ({cases / Math.Max(clock.Elapsed.TotalSeconds, 0.001):F1}/s), corpus {state.Corpus.Count}, features {state.Features.Count}, findings {state.Findings.Count}");
    }

    private CampaignState LoadOrCreate(CaseFactory factory)
    {
        if (options.Resume && File.Exists(Path.Combine(options.OutputFolder, CampaignState.FileName)))
        {
            CampaignState loaded = CampaignState.Load(options.OutputFolder);
            if (!string.Equals(loaded.Target, options.Target, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{options.OutputFolder} holds a campaign against '{loaded.Target}', not '{options.Target}'");
            }

            startElapsed = loaded.ElapsedSeconds;
            log.WriteLine($"resuming at case {loaded.CaseNumber} (seed {loaded.Seed}), corpus {loaded.Corpus.Count}, findings {loaded.Findings.Count}");
            return loaded;
        }

        var state = new CampaignState { Target = options.Target, TargetKind = options.TargetKind, Seed = options.Seed };
        state.Corpus.AddRange(factory.ClientSequences().Select(CorpusEntry.From));
        if (options.Corpus is not null)
        {
            state.Corpus.AddRange(factory.FromCapture(options.Corpus).Select(CorpusEntry.From));
        }

        return state;
    }

    private static TrafficCase? NextCase(CaseFactory factory, CampaignState state, Random random, bool live)
    {
        for (int attempt = 0; attempt < 20; attempt++)
        {
            TrafficCase candidate;
            if (state.Corpus.Count == 0 || random.Next(3) == 0)
            {
                candidate = factory.Generate(random);
            }
            else
            {
                TrafficCase source = state.Corpus[random.Next(state.Corpus.Count)].ToCase();
                TrafficCase donor = random.Next(2) == 0 ? factory.Generate(random) : state.Corpus[random.Next(state.Corpus.Count)].ToCase();
                candidate = TrafficMutator.Mutate(source, random, donor);
            }

            if (!live || LiveSafety.IsAllowed(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void AddToCorpus(CampaignState state, TrafficCase trafficCase, Random random)
    {
        if (state.Corpus.Count < MaximumCorpus)
        {
            state.Corpus.Add(CorpusEntry.From(trafficCase));
        }
        else
        {
            state.Corpus[random.Next(MaximumCorpus / 4, MaximumCorpus)] = CorpusEntry.From(trafficCase);
        }
    }

    private async Task<TrafficCase> MinimizeAsync(TrafficRunner runner, TrafficCase failing, OracleVerdict verdict, CancellationToken cancellationToken)
    {
        bool liveness = verdict.Oracle == "liveness";
        return await CaseMinimizer.MinimizeAsync(failing, async candidate =>
        {
            if (TrafficTargets.IsLive(options.TargetKind) && !LiveSafety.IsAllowed(candidate))
            {
                return false;
            }

            try
            {
                (_, OracleVerdict? again) = await runner.RunAsync(candidate, liveness, null, cancellationToken).ConfigureAwait(false);
                return again?.Signature == verdict.Signature;
            }
            catch (PreludeFailedException)
            {
                return false;
            }
        }).ConfigureAwait(false);
    }

    private TrafficFinding Record(FindingStore store, CampaignState state, List<TrafficFinding> found, OracleVerdict verdict, TrafficCase trafficCase, long number, CaseObservation observation, TrafficCase? original = null)
    {
        var finding = new TrafficFinding
        {
            Signature = verdict.Signature,
            Oracle = verdict.Oracle,
            Rop = verdict.Rop,
            Kind = verdict.Kind,
            Message = verdict.Message,
            Target = options.Target,
            TargetKind = options.TargetKind,
            User = user.Name,
            Seed = state.Seed,
            CaseNumber = number,
            HangMilliseconds = (int)options.HangThreshold.TotalMilliseconds,
            Rops = trafficCase.RopsHex,
            HandleSlots = trafficCase.HandleSlots,
            RopSizeDelta = trafficCase.RopSizeDelta,
            RequestHex = Convert.ToHexString(observation.Sent),
            Minimized = original is not null && !ReferenceEquals(original, trafficCase),
            OriginalRops = original?.RopsHex,
            Found = DateTimeOffset.UtcNow,
        };
        store.Save(finding);
        state.Findings.Add(finding.Signature);
        found.Add(finding);
        return finding;
    }
}
