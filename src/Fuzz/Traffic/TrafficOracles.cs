namespace Conformance.Fuzz.Traffic;

using Conformance.Adapters;
using Conformance.Fuzz.Traffic.ReturnValues;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// The oracles judged after every case, in order of severity: the server still answers; no exception escaped and no
/// handler failed inside the store; no hang; the call's code is a defined one; the ROP output buffer decodes against
/// the requests ([MS-OXCROPS] 2.2.1); its handle table has the sent length ([MS-OXCROPS] 3.2.5.1); each ReturnValue is
/// allowed (<see cref="AllowedReturnValues"/>); a failed ROP leaves its output handle slot as sent; and a released handle
/// ([MS-OXCROPS] 2.2.15.3) does not serve a later ROP of the buffer.
/// </summary>
public static class TrafficOracles
{
    /// <summary>The ROP part of a signature when the oracle judges the whole buffer.</summary>
    public const string Buffer = "buffer";

    /// <summary>The first oracle that fires for <paramref name="observation"/>, or null. Also collects the (ROP, ReturnValue) features seen.</summary>
    public static OracleVerdict? Judge(CaseObservation observation, TimeSpan hangThreshold, ISet<string>? features = null)
    {
        // Buffer-level oracles do not know the culprit ROP; "buffer" keeps their signatures from splitting by first ROP.
        const string rop = Buffer;
        if (observation.LivenessFailure is { } dead)
        {
            string ping = observation.PingFailure is { } failed ? $"; a PING on the case's session failed before: {failed}" : string.Empty;
            return new OracleVerdict("liveness", rop, "no-answer", $"the server no longer answers a new session and logon: {dead}{ping}");
        }

        if (observation.PingFailure is { } lost)
        {
            return new OracleVerdict("liveness", rop, "session-lost", $"the server still takes a new session, but no longer answers a PING on the case's own session ([MS-OXCMAPIHTTP] 2.2.6, 3.2.5.3): {lost}");
        }

        if (observation.InternalErrors.Count > 0)
        {
            Exception error = observation.InternalErrors[0];
            string at = error.TargetSite?.Name ?? "unknown";
            return new OracleVerdict("internal-error", rop, $"{error.GetType().Name}.{at}", $"the store recorded {observation.InternalErrors.Count} internal error(s): {error}");
        }

        if (observation.TimedOut)
        {
            return new OracleVerdict("hang", rop, "timeout", $"no answer within {observation.Elapsed.TotalMilliseconds:F0} ms");
        }

        if (observation.Failure is { } failure)
        {
            return new OracleVerdict("exception", rop, failure.GetType().Name, $"the call threw: {failure}");
        }

        if (observation.Elapsed > hangThreshold)
        {
            return new OracleVerdict("hang", rop, "slow", $"answered after {observation.Elapsed.TotalMilliseconds:F0} ms (threshold {hangThreshold.TotalMilliseconds:F0} ms)");
        }

        RawExecution result = observation.Result!;
        features?.Add($"call:{result.ReturnCode:X}");
        if (!AllowedReturnValues.IsAllowedCallCode(result.ReturnCode))
        {
            return new OracleVerdict("call-code", rop, $"0x{result.ReturnCode:X8}", $"the call returned {ErrorCodes.Describe(result.ReturnCode)}, no code of [MS-OXCDATA] 2.4");
        }

        if (!result.Succeeded)
        {
            return null;
        }

        RopInputBuffer input;
        try
        {
            input = RopInputBuffer.Decode(observation.Sent);
        }
        catch (ProtocolException)
        {
            // The codec rejects the request; a lenient server may still answer, and nothing then says how to decode it.
            return null;
        }

        // The handle table is what the server parsed after RopSize, which a mutated RopSize can move.
        RopRequest[] requests = input.RopsList.ToArray();
        uint[] sentHandles = input.ServerObjectHandleTable.ToArray();
        RopOutputBuffer output;
        try
        {
            output = new OutputBufferDecoder().Decode(result.RopOutputBuffer, requests, sentHandles);
        }
        catch (ProtocolException error)
        {
            return new OracleVerdict("decode", rop, $"{error.Field}.{error.Kind}", $"the ROP output buffer does not decode: {error.Message}");
        }

        return JudgeOutput(requests, sentHandles, output, rop, features);
    }

    private static OracleVerdict? JudgeOutput(RopRequest[] requests, IReadOnlyList<uint> sent, RopOutputBuffer output, string rop, ISet<string>? features)
    {
        uint[] returned = output.ServerObjectHandleTable.ToArray();
        if (returned.Length != sent.Count)
        {
            return new OracleVerdict("handle-table", rop, "length", $"the returned handle table has {returned.Length} entries, {sent.Count} were sent ([MS-OXCROPS] 3.2.5.1)");
        }

        RopResponse[] responses = [.. output.RopsList.ToArray().Where(r => !RopOutputBuffer.Unsolicited.Contains(r.RopId))];
        var released = new HashSet<uint>();
        var fresh = new HashSet<byte>();
        int next = 0;
        for (int i = 0; i < requests.Length; i++)
        {
            RopRequest request = requests[i];
            if (request is Protocol.Rops.Support.RopReleaseRequest release)
            {
                if (release.InputHandleIndex < sent.Count && !fresh.Contains(release.InputHandleIndex))
                {
                    released.Add(sent[release.InputHandleIndex]);
                }

                continue;
            }

            if (RopRegistry.Find(request.RopId)?.Response is null)
            {
                continue;
            }

            if (next >= responses.Length)
            {
                break;
            }

            RopResponse response = responses[next++];
            if (response is not IRopResult result)
            {
                continue;
            }

            features?.Add($"{request.RopId}:{result.ReturnValue:X}");
            if (AllowedReturnValues.WhyNot(request.RopId, result.ReturnValue) is { } why)
            {
                return new OracleVerdict("return-value", request.RopId.ToString(), $"0x{result.ReturnValue:X8}", $"{request.RopId} returned {ErrorCodes.Describe(result.ReturnValue)}, not a code the specifications allow for it: {why}");
            }

            if (request is IRopInputHandle input && result.ReturnValue == 0 && input.InputHandleIndex < sent.Count
                && !fresh.Contains(input.InputHandleIndex) && released.Contains(sent[input.InputHandleIndex]) && request.RopId != RopId.RopLogon)
            {
                return new OracleVerdict("released-handle", request.RopId.ToString(), "used", $"{request.RopId} succeeded on handle 0x{sent[input.InputHandleIndex]:X8}, released earlier in the buffer ([MS-OXCROPS] 2.2.15.3)");
            }

            if (request is IRopOutputHandle outputHandle && outputHandle.OutputHandleIndex < sent.Count)
            {
                byte index = outputHandle.OutputHandleIndex;
                if (result.ReturnValue == 0)
                {
                    fresh.Add(index);
                }
                else if (!fresh.Contains(index) && !OutputLaterIn(requests, i, index) && returned[index] != sent[index])
                {
                    return new OracleVerdict("handle-table", request.RopId.ToString(), "failed-output-set", $"{request.RopId} failed ({ErrorCodes.Describe(result.ReturnValue)}) yet slot {index} changed from 0x{sent[index]:X8} to 0x{returned[index]:X8}");
                }
            }
        }

        return null;
    }

    private static bool OutputLaterIn(RopRequest[] requests, int after, byte index) =>
        requests.Skip(after + 1).Any(r => r is IRopOutputHandle o && o.OutputHandleIndex == index);

}
