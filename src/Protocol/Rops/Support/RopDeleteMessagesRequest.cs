namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopDeleteMessages request ([MS-OXCROPS] 2.2.4.11.1).</summary>
public sealed record RopDeleteMessagesRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopDeleteMessagesRequest>
{
    public override RopId RopId => RopId.RopDeleteMessages;

    public byte InputHandleIndex { get; init; }

    public bool WantAsynchronous { get; init; }

    public bool NotifyNonRead { get; init; }

    public ValueArray<ObjectId> MessageIds { get; init; } = ValueArray<ObjectId>.Empty;

    public int MessageIdCount => MessageIds.Count;

    public static RopDeleteMessagesRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopDeleteMessages));
        byte input = reader.ReadByte(nameof(InputHandleIndex));
        bool asynchronous = reader.ReadBoolean(nameof(WantAsynchronous));
        bool notify = reader.ReadBoolean(nameof(NotifyNonRead));
        int count = reader.ReadCount16(nameof(MessageIdCount), ObjectId.Size);
        var ids = new ObjectId[count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = ObjectId.Decode(ref reader, nameof(MessageIds));
        }

        reader.Leave(outer);
        return new RopDeleteMessagesRequest { LogonId = logonId, InputHandleIndex = input, WantAsynchronous = asynchronous, NotifyNonRead = notify, MessageIds = ids };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteBoolean(WantAsynchronous);
        writer.WriteBoolean(NotifyNonRead);
        writer.WriteCount16(MessageIds.Count, nameof(MessageIdCount));
        foreach (ObjectId id in MessageIds)
        {
            id.Encode(writer);
        }
    }
}
