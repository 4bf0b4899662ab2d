namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopSaveChangesAttachment request ([MS-OXCROPS] 2.2.6.15.1): ResponseHandleIndex names the handle the response echoes.</summary>
public sealed record RopSaveChangesAttachmentRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSaveChangesAttachmentRequest>
{
    public override RopId RopId => RopId.RopSaveChangesAttachment;

    public byte ResponseHandleIndex { get; init; }

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: [MS-OXCMSG] 2.2.3.15.1 has the server ignore other bits.</summary>
    public SaveFlags SaveFlags { get; init; }

    public static RopSaveChangesAttachmentRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSaveChangesAttachment));
        var request = new RopSaveChangesAttachmentRequest
        {
            LogonId = logonId,
            ResponseHandleIndex = reader.ReadByte(nameof(ResponseHandleIndex)),
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            SaveFlags = (SaveFlags)reader.ReadByte(nameof(SaveFlags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(ResponseHandleIndex);
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)SaveFlags);
    }
}
