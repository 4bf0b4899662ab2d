namespace Conformance.Harness.Traceability;

using Conformance.Adapters;
using Conformance.Protocol.Rops;

/// <summary>
/// Pairs each decoded response of an exchange with the request it answers, by the rules
/// <see cref="RopOutputBuffer.Decode"/> applies: requests without a response (RopRelease) are skipped,
/// unsolicited responses (RopBufferTooSmall, RopBackoff, RopPending, RopNotify) answer none.
/// </summary>
public static class ResponsePairing
{
    public static IReadOnlyList<(RopRequest? Request, RopResponse Response)> Pair(RopExchange exchange)
    {
        IReadOnlyList<RopRequest> requests = exchange.Input.RopsList;
        var pairs = new List<(RopRequest?, RopResponse)>();
        int next = 0;
        foreach (RopResponse response in exchange.Responses)
        {
            if (RopOutputBuffer.Unsolicited.Contains(response.RopId))
            {
                pairs.Add((null, response));
                continue;
            }

            while (next < requests.Count && RopRegistry.Find(requests[next].RopId)?.Response is null)
            {
                next++;
            }

            pairs.Add((next < requests.Count ? requests[next++] : null, response));
        }

        return pairs;
    }
}
