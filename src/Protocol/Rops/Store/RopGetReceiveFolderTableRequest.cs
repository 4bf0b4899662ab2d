namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetReceiveFolderTable request ([MS-OXCROPS] 2.2.3.4.1): no fields after InputHandleIndex.</summary>
public sealed record RopGetReceiveFolderTableRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetReceiveFolderTableRequest>
{
    public override RopId RopId => RopId.RopGetReceiveFolderTable;

    public byte InputHandleIndex { get; init; }

    public static RopGetReceiveFolderTableRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetReceiveFolderTable));
        var request = new RopGetReceiveFolderTableRequest { LogonId = logonId, InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)) };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer) => writer.WriteByte(InputHandleIndex);
}
