namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopLongTermIdFromId request ([MS-OXCROPS] 2.2.3.8.1, [MS-OXCSTOR] 2.2.1.8.1).</summary>
public sealed record RopLongTermIdFromIdRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopLongTermIdFromIdRequest>
{
    public override RopId RopId => RopId.RopLongTermIdFromId;

    public byte InputHandleIndex { get; init; }

    /// <summary>A Folder ID or a Message ID.</summary>
    public ObjectId ObjectId { get; init; }

    public static RopLongTermIdFromIdRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopLongTermIdFromId));
        var request = new RopLongTermIdFromIdRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            ObjectId = ObjectId.Decode(ref reader, nameof(ObjectId)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        ObjectId.Encode(writer);
    }
}
