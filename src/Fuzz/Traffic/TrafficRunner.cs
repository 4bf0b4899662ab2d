namespace Conformance.Fuzz.Traffic;

using System.Diagnostics;
using Conformance.Adapters;

/// <summary>
/// Runs one case against a target: a fresh session, the <see cref="SessionPrelude"/>, the fuzzed buffer through
/// <see cref="ISession.ExecuteRawAsync"/>, then the oracles. The liveness oracle (a new session and logon) runs when the
/// case ended badly or when <c>checkLiveness</c> asks, since it costs a connection.
/// </summary>
public sealed class TrafficRunner(ITarget target, TargetUser user, TimeSpan hangThreshold)
{
    /// <summary>The output size a client offers (0x8000, as RopSession does).</summary>
    public const int MaximumOutputSize = RopSession.DefaultMaximumOutputSize;

    public TimeSpan HangThreshold => hangThreshold;

    /// <summary>Runs <paramref name="trafficCase"/> and judges it; null when no oracle fired.</summary>
    public async Task<(CaseObservation Observation, OracleVerdict? Verdict)> RunAsync(TrafficCase trafficCase, bool checkLiveness, ISet<string>? features, CancellationToken cancellationToken)
    {
        var errors = target as IInternalErrorSource;
        int errorsBefore = errors?.InternalErrorCount ?? 0;
        uint[] prelude;
        ISession session = await target.ConnectAsync(user, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            try
            {
                prelude = await SessionPrelude.RunAsync(session, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new PreludeFailedException($"the session prelude failed: {error.Message}", error);
            }

            uint[] sentHandles = [.. trafficCase.HandleSlots.Select(s => s >= TrafficCase.PreludeSlotBase && s - TrafficCase.PreludeSlotBase < (uint)prelude.Length ? prelude[s - TrafficCase.PreludeSlotBase] : s)];
            byte[] sent = trafficCase.Build(prelude);
            RawExecution? result = null;
            Exception? failure = null;
            bool timedOut = false;
            var clock = Stopwatch.StartNew();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

            // A call that takes five times the hang threshold is abandoned: the case is a hang either way.
            timeout.CancelAfter(hangThreshold * 5);
            try
            {
                result = await session.ExecuteRawAsync(sent, MaximumOutputSize, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                timedOut = true;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                failure = error;
            }

            clock.Stop();
            IReadOnlyList<Exception> internalErrors = errors?.InternalErrorsSince(errorsBefore) ?? [];
            string? dead = null;
            if (checkLiveness || timedOut || failure is not null)
            {
                dead = await LivenessAsync(cancellationToken).ConfigureAwait(false);
            }

            var observation = new CaseObservation(sent, sentHandles, result, failure, clock.Elapsed, internalErrors, timedOut, dead);
            return (observation, TrafficOracles.Judge(observation, hangThreshold, features));
        }
    }

    /// <summary>Null when a new session logs on; otherwise why not.</summary>
    public async Task<string?> LivenessAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(hangThreshold * 5);
            ISession probe = await target.ConnectAsync(user, timeout.Token).ConfigureAwait(false);
            await using (probe.ConfigureAwait(false))
            {
                var client = new Adapters.Client.MailboxClient(new RopSession(probe));
                await client.LogonPrivateAsync().ConfigureAwait(false);
                return null;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"{error.GetType().Name}: {error.Message}";
        }
    }
}
