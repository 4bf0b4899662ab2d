namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopOpenAttachment request ([MS-OXCROPS] 2.2.6.12.1).</summary>
public sealed record RopOpenAttachmentRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopOpenAttachmentRequest>
{
    public override RopId RopId => RopId.RopOpenAttachment;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public OpenAttachmentFlags OpenAttachmentFlags { get; init; }

    public uint AttachmentID { get; init; }

    public static RopOpenAttachmentRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenAttachment));
        var request = new RopOpenAttachmentRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            OpenAttachmentFlags = (OpenAttachmentFlags)reader.ReadByte(nameof(OpenAttachmentFlags)),
            AttachmentID = reader.ReadUInt32(nameof(AttachmentID)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        writer.WriteByte((byte)OpenAttachmentFlags);
        writer.WriteUInt32(AttachmentID);
    }
}
