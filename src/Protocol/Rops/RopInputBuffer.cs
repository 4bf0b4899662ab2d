namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// The ROP input buffer a client sends ([MS-OXCROPS] 2.2.1): RopSize (2 bytes, counting itself and
/// the RopsList), the RopsList of requests, then the ServerObjectHandleTable of 4-byte handles.
/// </summary>
public sealed record RopInputBuffer(ValueArray<RopRequest> RopsList, ValueArray<uint> ServerObjectHandleTable)
{
    public void Encode(ProtocolWriter writer) =>
        RopBufferLayout.Write(writer, RopsList, ServerObjectHandleTable, static (request, to) => request.Encode(to));

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter();
        Encode(writer);
        return writer.ToArray();
    }

    public static RopInputBuffer Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtocolReader(bytes, 0, "ROP input buffer");
        ProtocolReader ropsList = RopBufferLayout.ReadRopsList(ref reader);
        var requests = new List<RopRequest>();
        while (!ropsList.End)
        {
            requests.Add(RopRegistry.DecodeRequest(ref ropsList));
        }

        return new RopInputBuffer(requests.ToArray(), RopBufferLayout.ReadHandleTable(ref reader));
    }
}
