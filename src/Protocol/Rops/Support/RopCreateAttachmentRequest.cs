namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopCreateAttachment request ([MS-OXCROPS] 2.2.6.13.1).</summary>
public sealed record RopCreateAttachmentRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopCreateAttachmentRequest>
{
    public override RopId RopId => RopId.RopCreateAttachment;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    public static RopCreateAttachmentRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCreateAttachment));
        var request = new RopCreateAttachmentRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
    }
}
