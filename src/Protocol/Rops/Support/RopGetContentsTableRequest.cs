namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopGetContentsTable request ([MS-OXCROPS] 2.2.4.14.1).</summary>
public sealed record RopGetContentsTableRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopGetContentsTableRequest>
{
    public override RopId RopId => RopId.RopGetContentsTable;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public ContentsTableFlags TableFlags { get; init; }

    public static RopGetContentsTableRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetContentsTable));
        var request = new RopGetContentsTableRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            TableFlags = (ContentsTableFlags)reader.ReadByte(nameof(TableFlags)),
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
