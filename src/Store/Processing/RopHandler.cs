namespace Conformance.Store.Processing;

using Conformance.Protocol.Rops;

/// <summary>Executes one request; returns its response, or null for ROPs that have none (RopRelease).</summary>
public delegate RopResponse? RopHandler(RopContext context, RopRequest request);

/// <summary>
/// How the processor runs one ROP. <paramref name="ReadOnly"/> ROPs change nothing, so when their
/// response does not fit the output buffer they are simply reported unprocessed in RopBufferTooSmall.
/// For the others, <paramref name="MaximumResponseSize"/> bounds the response before executing, so a
/// ROP that could not be answered is not executed ([MS-OXCROPS] 3.2.5.1 / 2.2.15.1).
/// </summary>
public sealed record RopHandlerEntry(RopId RopId, RopHandler Handler, bool ReadOnly, Func<RopRequest, int>? MaximumResponseSize = null)
{
    /// <summary>The response bound assumed for a state-changing ROP that gives none: the largest fixed-size response in scope, with room to spare.</summary>
    public const int DefaultMaximumResponseSize = 256;

    public static RopHandlerEntry Reader<TRequest>(RopId ropId, Func<RopContext, TRequest, RopResponse?> handler)
        where TRequest : RopRequest =>
        new(ropId, (context, request) => handler(context, (TRequest)request), ReadOnly: true);

    public static RopHandlerEntry Writer<TRequest>(RopId ropId, Func<RopContext, TRequest, RopResponse?> handler, Func<TRequest, int>? maximumResponseSize = null)
        where TRequest : RopRequest =>
        new(
            ropId,
            (context, request) => handler(context, (TRequest)request),
            ReadOnly: false,
            maximumResponseSize is null ? null : request => maximumResponseSize((TRequest)request));
}
