namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopOpenAttachment success response ([MS-OXCROPS] 2.2.6.12.2): the header alone.</summary>
public sealed record RopOpenAttachmentResponse : RopResponse, IRopResult, IRopResponseDecoder<RopOpenAttachmentResponse>
{
    public override RopId RopId => RopId.RopOpenAttachment;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenAttachment));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopOpenAttachmentResponse { OutputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopOpenAttachment);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
