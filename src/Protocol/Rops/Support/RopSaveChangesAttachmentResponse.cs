namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopSaveChangesAttachment success response ([MS-OXCROPS] 2.2.6.15.2): the header alone.</summary>
public sealed record RopSaveChangesAttachmentResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSaveChangesAttachmentResponse>
{
    public override RopId RopId => RopId.RopSaveChangesAttachment;

    public byte ResponseHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => ResponseHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSaveChangesAttachment));
        var header = RopResponseHeader.Decode(ref reader, nameof(ResponseHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopSaveChangesAttachmentResponse { ResponseHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopSaveChangesAttachment);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(ResponseHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
