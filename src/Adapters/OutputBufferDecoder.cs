namespace Conformance.Adapters;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// Decodes the ROP output buffers of one session against their requests, remembering the columns set on each
/// table (RopSetColumns) so later RopQueryRows rows can be decoded ([MS-OXCDATA] 2.8.1, [MS-OXCTABL] 2.2.2.2).
/// One instance per session: handles are only meaningful within it.
/// </summary>
public sealed class OutputBufferDecoder
{
    private readonly Dictionary<uint, ValueArray<PropertyTag>> columnsByHandle = [];

    /// <summary>Decodes <paramref name="outputBuffer"/>; throws <see cref="ProtocolException"/> when it does not decode.</summary>
    public RopOutputBuffer Decode(ReadOnlySpan<byte> outputBuffer, IReadOnlyList<RopRequest> requests, IReadOnlyList<uint> handleTable)
    {
        var pendingColumns = new Dictionary<byte, ValueArray<PropertyTag>>();
        RopOutputBuffer output = RopOutputBuffer.Decode(outputBuffer, requests, request => ContextFor(request, handleTable, pendingColumns));

        // The columns belong to the table handle the server returned, known only once the buffer decoded.
        foreach ((byte index, ValueArray<PropertyTag> columns) in pendingColumns)
        {
            if (index < output.ServerObjectHandleTable.Count)
            {
                columnsByHandle[output.ServerObjectHandleTable[index]] = columns;
            }
        }

        return output;
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
}
