namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopGetOwningServers request ([MS-OXCROPS] 2.2.3.6.1, [MS-OXCSTOR] 2.2.1.6.1).</summary>
public sealed record RopGetOwningServersRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetOwningServersRequest>
{
    public override RopId RopId => RopId.RopGetOwningServers;

    public byte InputHandleIndex { get; init; }

    public ObjectId FolderId { get; init; }

    public static RopGetOwningServersRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetOwningServers));
        var request = new RopGetOwningServersRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        FolderId.Encode(writer);
    }
}
