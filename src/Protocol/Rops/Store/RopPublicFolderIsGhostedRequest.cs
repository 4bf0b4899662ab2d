namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopPublicFolderIsGhosted request ([MS-OXCROPS] 2.2.3.7.1, [MS-OXCSTOR] 2.2.1.7.1).</summary>
public sealed record RopPublicFolderIsGhostedRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopPublicFolderIsGhostedRequest>
{
    public override RopId RopId => RopId.RopPublicFolderIsGhosted;

    public byte InputHandleIndex { get; init; }

    public ObjectId FolderId { get; init; }

    public static RopPublicFolderIsGhostedRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopPublicFolderIsGhosted));
        var request = new RopPublicFolderIsGhostedRequest
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
