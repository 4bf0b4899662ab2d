namespace Conformance.Store.Processing;

using Conformance.Protocol.Rops;

/// <summary>Executes one request; returns its response, or null for ROPs that have none (RopRelease).</summary>
public delegate RopResponse? RopHandler(RopContext context, RopRequest request);

/// <summary>
/// How the processor runs one ROP, and how its response is kept within the ROP output buffer
/// ([MS-OXCROPS] 3.2.5.1, 2.2.15.1: a ROP whose response does not fit is not executed and comes back,
/// with every later request, in RopBufferTooSmall). Before each ROP the processor computes
/// <see cref="RopContext.ResponseRoom"/>: the bytes left for this response once room is kept for a
/// RopBufferTooSmall that carries the later requests, so stopping at the next ROP is always possible and no
/// call ever fails after it changed state. Three ways a handler stays within it:
/// <list type="bullet">
/// <item><paramref name="ReadOnly"/> (<see cref="Reader{TRequest}"/>): the ROP changes nothing, so it simply
/// runs; a response larger than the room is dropped and the ROP reported unprocessed.</item>
/// <item>A state-changing handler that can size its response before changing anything (rows, recipient rows,
/// property ID lists, stream data) reads <see cref="RopContext.ResponseRoom"/> itself and, when the response
/// would not fit, returns <see cref="RopResponseDoesNotFit"/> unchanged; or fits its answer to the room where
/// the ROP allows a shorter answer. Its <paramref name="MaximumResponseSize"/> covers only the part that
/// cannot shrink (for example the fixed fields).</item>
/// <item>Any other state-changing handler cannot size itself: <paramref name="MaximumResponseSize"/> (or
/// <see cref="DefaultMaximumResponseSize"/>) is the bound of its whole response, and the processor runs it
/// only when that bound fits the room. A response past its declared bound is a store bug (recorded in
/// <see cref="StoreServer.InternalErrors"/>).</item>
/// </list>
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
