namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopCreateAttachment success response ([MS-OXCROPS] 2.2.6.13.2).</summary>
public sealed record RopCreateAttachmentResponse : RopResponse, IRopResult, IRopResponseDecoder<RopCreateAttachmentResponse>
{
    public override RopId RopId => RopId.RopCreateAttachment;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public uint AttachmentID { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopCreateAttachment));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopCreateAttachment);
        }

        var response = new RopCreateAttachmentResponse
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            AttachmentID = reader.ReadUInt32(nameof(AttachmentID)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(AttachmentID);
    }
}
