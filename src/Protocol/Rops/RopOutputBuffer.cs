namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// The ROP output buffer a server returns ([MS-OXCROPS] 2.2.1): RopSize, the RopsList of responses,
/// then the ServerObjectHandleTable. Responses are decoded against the requests they answer, in
/// order: a request whose ROP has no response (RopRelease) is skipped, and the responses that answer
/// no particular request (RopBufferTooSmall, RopBackoff, RopPending) take none.
/// </summary>
public sealed record RopOutputBuffer(ValueArray<RopResponse> RopsList, ValueArray<uint> ServerObjectHandleTable)
{
    /// <summary>RopIds that can appear in a RopsList without answering a request.</summary>
    public static readonly IReadOnlySet<RopId> Unsolicited = new HashSet<RopId> { RopId.RopBufferTooSmall, RopId.RopBackoff, RopId.RopPending, RopId.RopNotify };

    public void Encode(ProtocolWriter writer) =>
        RopBufferLayout.Write(writer, RopsList, ServerObjectHandleTable, static (response, to) => response.Encode(to));

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter();
        Encode(writer);
        return writer.ToArray();
    }

    /// <param name="bytes">The ROP output buffer.</param>
    /// <param name="requests">The requests of the matching ROP input buffer, in order.</param>
    /// <param name="contextFor">Builds the decoding context for a request (a session supplies table columns here); by default the request alone.</param>
    public static RopOutputBuffer Decode(ReadOnlySpan<byte> bytes, IReadOnlyList<RopRequest> requests, Func<RopRequest, RopResponseContext>? contextFor = null)
    {
        var reader = new ProtocolReader(bytes, 0, "ROP output buffer");
        ProtocolReader ropsList = RopBufferLayout.ReadRopsList(ref reader);
        var responses = new List<RopResponse>();
        int next = 0;
        while (!ropsList.End)
        {
            var ropId = (RopId)bytes[ropsList.Offset];
            RopResponseContext context = RopResponseContext.None;
            if (!Unsolicited.Contains(ropId))
            {
                while (next < requests.Count && RopRegistry.Find(requests[next].RopId)?.Response is null)
                {
                    next++;
                }

                if (next >= requests.Count)
                {
                    throw ropsList.Error("RopId", ProtocolErrorKind.InvalidValue, $"response {ropId} answers no remaining request");
                }

                RopRequest request = requests[next++];

                // A response answers its request's ROP, or RopProgress stands in for an asynchronous one ([MS-OXCROPS] 2.2.8.13);
                // a RopProgress request is answered by the asynchronous ROP's own response once it is done ([MS-OXCPRPT] 3.2.5.20, 4.5).
                if (ropId != request.RopId && ropId != RopId.RopProgress && request.RopId != RopId.RopProgress)
                {
                    throw ropsList.Error("RopId", ProtocolErrorKind.InvalidValue, $"response {ropId} does not answer request {request.RopId} (request {next - 1})");
                }

                context = contextFor?.Invoke(request) ?? new RopResponseContext(request);
            }

            responses.Add(RopRegistry.DecodeResponse(ref ropsList, context));
        }

        return new RopOutputBuffer(responses.ToArray(), RopBufferLayout.ReadHandleTable(ref reader));
    }
}
