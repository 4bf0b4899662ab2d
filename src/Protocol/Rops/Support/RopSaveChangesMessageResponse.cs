namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopSaveChangesMessage success response ([MS-OXCROPS] 2.2.6.3.2): the header echoes ResponseHandleIndex; InputHandleIndex and MessageId follow.</summary>
public sealed record RopSaveChangesMessageResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSaveChangesMessageResponse>
{
    public override RopId RopId => RopId.RopSaveChangesMessage;

    public byte ResponseHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public byte InputHandleIndex { get; init; }

    public ObjectId MessageId { get; init; }

    byte IRopResult.HandleIndex => ResponseHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSaveChangesMessage));
        var header = RopResponseHeader.Decode(ref reader, nameof(ResponseHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopSaveChangesMessage);
        }

        var response = new RopSaveChangesMessageResponse
        {
            ResponseHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            MessageId = ObjectId.Decode(ref reader, nameof(MessageId)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(ResponseHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteByte(InputHandleIndex);
        MessageId.Encode(writer);
    }
}
