namespace Conformance.Fuzz.Traffic;

using System.Diagnostics;
using Conformance.Adapters;
using Conformance.Adapters.MapiHttp;

/// <summary>
/// Runs one case against a target: a fresh session, the <see cref="SessionPrelude"/>, the fuzzed buffer through
/// <see cref="ISession.ExecuteRawAsync"/>, then the oracles. Over MAPI over HTTP every case ends with a PING on its
/// session; the fuller liveness oracle (a new session and logon) runs when the case ended badly or when
/// <c>checkLiveness</c> asks, since it costs a connection.
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
            string? pingFailure = session is MapiHttpSession http && !timedOut ? await PingAsync(http, cancellationToken).ConfigureAwait(false) : null;
            string? dead = null;

            // A failed PING may only mean the server dropped this session's context: a new session tells the two apart.
            if (checkLiveness || timedOut || failure is not null || pingFailure is not null)
            {
                dead = await LivenessAsync(cancellationToken).ConfigureAwait(false);
            }

            var observation = new CaseObservation(sent, sentHandles, result, failure, clock.Elapsed, internalErrors, timedOut, dead, pingFailure);
            return (observation, TrafficOracles.Judge(observation, hangThreshold, features));
        }
    }

    /// <summary>
    /// Null when the server answers a PING on the case's own session ([MS-OXCMAPIHTTP] 2.2.6: the endpoint is
    /// reachable and operational; 3.2.5.3: the session context is still known, since its idle timer is refreshed).
    /// </summary>
    private async Task<string?> PingAsync(MapiHttpSession session, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(hangThreshold * 5);
            await session.PingAsync(timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"{error.GetType().Name}: {error.Message}";
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
