namespace Conformance.Adapters;

using System.Diagnostics;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// The typed session the suites use, built on the raw bytes of <see cref="ISession"/>: it encodes
/// requests into a ROP input buffer, decodes the output buffer against them, and remembers the
/// columns set on each table so RopQueryRows rows can be decoded ([MS-OXCDATA] 2.8.1).
/// </summary>
public sealed class RopSession : IAsyncDisposable
{
    /// <summary>The output size a client offers by default: 0x8000 bytes ([MS-OXCRPC] 3.1.4.2, pcbOut).</summary>
    public const int DefaultMaximumOutputSize = 0x8000;

    /// <summary>The value of an unused entry in the Server object handle table ([MS-OXCROPS] 2.2.1).</summary>
    public const uint UnusedHandle = 0xFFFFFFFF;

    private readonly Dictionary<uint, ValueArray<PropertyTag>> columnsByHandle = [];

    public RopSession(ISession session) => Raw = session;

    public ISession Raw { get; }

    public TargetUser User => Raw.User;

    /// <summary>Raised after every exchange, for adapter-level checks and captures.</summary>
    public event Action<RopExchange>? Exchanged;

    /// <summary>Sends <paramref name="requests"/> with <paramref name="handleTable"/> and decodes the answer.</summary>
    public async Task<RopExchange> ExecuteAsync(
        IReadOnlyList<RopRequest> requests,
        IReadOnlyList<uint> handleTable,
        int maximumOutputSize = DefaultMaximumOutputSize,
        CancellationToken cancellationToken = default)
    {
        var input = new RopInputBuffer(requests.ToArray(), handleTable.ToArray());
        byte[] bytes = input.ToBytes();
        var clock = Stopwatch.StartNew();
        RawExecution result = await Raw.ExecuteRawAsync(bytes, maximumOutputSize, cancellationToken).ConfigureAwait(false);
        clock.Stop();

        RopOutputBuffer? output = null;
        if (result.Succeeded)
        {
            var pendingColumns = new Dictionary<byte, ValueArray<PropertyTag>>();
            try
            {
                output = RopOutputBuffer.Decode(result.RopOutputBuffer, requests, request => ContextFor(request, handleTable, pendingColumns));
            }
            catch (ProtocolException failure)
            {
                // Observers (adapter-level checks, captures) see the undecodable answer too; the caller still gets the error.
                Exchanged?.Invoke(new RopExchange(input, bytes, result, null, clock.Elapsed, failure));
                throw;
            }

            foreach ((byte index, ValueArray<PropertyTag> columns) in pendingColumns)
            {
                if (index < output.ServerObjectHandleTable.Count)
                {
                    columnsByHandle[output.ServerObjectHandleTable[index]] = columns;
                }
            }
        }

        var exchange = new RopExchange(input, bytes, result, output, clock.Elapsed);
        Exchanged?.Invoke(exchange);
        return exchange;
    }

    private RopResponseContext ContextFor(RopRequest request, IReadOnlyList<uint> handleTable, Dictionary<byte, ValueArray<PropertyTag>> pendingColumns)
    {
        switch (request)
        {
            case RopSetColumnsRequest setColumns:
                pendingColumns[setColumns.InputHandleIndex] = setColumns.PropertyTags;
                return new RopResponseContext(request);
            case RopQueryRowsRequest queryRows:
                if (pendingColumns.TryGetValue(queryRows.InputHandleIndex, out ValueArray<PropertyTag> pending))
                {
                    return new RopResponseContext(request, pending);
                }

                return queryRows.InputHandleIndex < handleTable.Count
                    && columnsByHandle.TryGetValue(handleTable[queryRows.InputHandleIndex], out ValueArray<PropertyTag> known)
                    ? new RopResponseContext(request, known)
                    : new RopResponseContext(request);
            default:
                return new RopResponseContext(request);
        }
    }

    public ValueTask DisposeAsync() => Raw.DisposeAsync();
}
