namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopOpenMessage request ([MS-OXCROPS] 2.2.6.1.1).</summary>
public sealed record RopOpenMessageRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopOpenMessageRequest>
{
    public override RopId RopId => RopId.RopOpenMessage;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    public ushort CodePageId { get; init; }

    public ObjectId FolderId { get; init; }

    /// <summary>Kept as sent: [MS-OXCMSG] 2.2.3.1.1 has the server ignore other bits.</summary>
    public OpenMessageModeFlags OpenModeFlags { get; init; }

    public ObjectId MessageId { get; init; }

    public static RopOpenMessageRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenMessage));
        var request = new RopOpenMessageRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            CodePageId = reader.ReadUInt16(nameof(CodePageId)),
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
            OpenModeFlags = (OpenMessageModeFlags)reader.ReadByte(nameof(OpenModeFlags)),
            MessageId = ObjectId.Decode(ref reader, nameof(MessageId)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt16(CodePageId);
        FolderId.Encode(writer);
        writer.WriteByte((byte)OpenModeFlags);
        MessageId.Encode(writer);
    }
}
