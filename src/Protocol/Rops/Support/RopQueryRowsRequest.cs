namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopQueryRows request ([MS-OXCROPS] 2.2.5.4.1).</summary>
public sealed record RopQueryRowsRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopQueryRowsRequest>
{
    public override RopId RopId => RopId.RopQueryRows;

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public QueryRowsFlags QueryRowsFlags { get; init; }

    public bool ForwardRead { get; init; }

    public ushort RowCount { get; init; }

    public static RopQueryRowsRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopQueryRows));
        var request = new RopQueryRowsRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            QueryRowsFlags = (QueryRowsFlags)reader.ReadByte(nameof(QueryRowsFlags)),
            ForwardRead = reader.ReadBoolean(nameof(ForwardRead)),
            RowCount = reader.ReadUInt16(nameof(RowCount)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)QueryRowsFlags);
        writer.WriteBoolean(ForwardRead);
        writer.WriteUInt16(RowCount);
    }
}
