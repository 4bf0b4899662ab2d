namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopCreateMessage success response ([MS-OXCROPS] 2.2.6.2.2): MessageId follows only when HasMessageId is nonzero.</summary>
public sealed record RopCreateMessageResponse : RopResponse, IRopResult, IRopResponseDecoder<RopCreateMessageResponse>
{
    public override RopId RopId => RopId.RopCreateMessage;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool HasMessageId => MessageId is not null;

    public ObjectId? MessageId { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopCreateMessage));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopCreateMessage);
        }

        bool hasMessageId = reader.ReadBoolean(nameof(HasMessageId));
        var response = new RopCreateMessageResponse
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            MessageId = hasMessageId ? ObjectId.Decode(ref reader, nameof(MessageId)) : null,
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteBoolean(HasMessageId);
        MessageId?.Encode(writer);
    }
}
