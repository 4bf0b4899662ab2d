namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopIdFromLongTermId success response ([MS-OXCROPS] 2.2.3.9.2, [MS-OXCSTOR] 2.2.1.9.2).</summary>
public sealed record RopIdFromLongTermIdResponse : RopResponse, IRopResult, IRopResponseDecoder<RopIdFromLongTermIdResponse>
{
    public override RopId RopId => RopId.RopIdFromLongTermId;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>A Folder ID or a Message ID.</summary>
    public ObjectId ObjectId { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopIdFromLongTermId));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopIdFromLongTermId);
        }

        var response = new RopIdFromLongTermIdResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            ObjectId = ObjectId.Decode(ref reader, nameof(ObjectId)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        ObjectId.Encode(writer);
    }
}
