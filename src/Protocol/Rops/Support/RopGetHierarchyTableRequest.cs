namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopGetHierarchyTable request ([MS-OXCROPS] 2.2.4.13.1).</summary>
public sealed record RopGetHierarchyTableRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopGetHierarchyTableRequest>
{
    public override RopId RopId => RopId.RopGetHierarchyTable;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public HierarchyTableFlags TableFlags { get; init; }

    public static RopGetHierarchyTableRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetHierarchyTable));
        var request = new RopGetHierarchyTableRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            TableFlags = (HierarchyTableFlags)reader.ReadByte(nameof(TableFlags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        writer.WriteByte((byte)TableFlags);
    }
}
