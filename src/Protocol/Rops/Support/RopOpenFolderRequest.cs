namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopOpenFolder request ([MS-OXCROPS] 2.2.4.1.1).</summary>
public sealed record RopOpenFolderRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopOpenFolderRequest>
{
    public override RopId RopId => RopId.RopOpenFolder;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    public ObjectId FolderId { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject, not the codec's.</summary>
    public OpenFolderModeFlags OpenModeFlags { get; init; }

    public static RopOpenFolderRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenFolder));
        var request = new RopOpenFolderRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
            OpenModeFlags = (OpenFolderModeFlags)reader.ReadByte(nameof(OpenModeFlags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        FolderId.Encode(writer);
        writer.WriteByte((byte)OpenModeFlags);
    }
}
