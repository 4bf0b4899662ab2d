namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopDeleteFolder request ([MS-OXCROPS] 2.2.4.3.1).</summary>
public sealed record RopDeleteFolderRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopDeleteFolderRequest>
{
    public override RopId RopId => RopId.RopDeleteFolder;

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public DeleteFolderFlags DeleteFolderFlags { get; init; }

    public ObjectId FolderId { get; init; }

    public static RopDeleteFolderRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopDeleteFolder));
        var request = new RopDeleteFolderRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            DeleteFolderFlags = (DeleteFolderFlags)reader.ReadByte(nameof(DeleteFolderFlags)),
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)DeleteFolderFlags);
        FolderId.Encode(writer);
    }
}
