namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopCreateMessage request ([MS-OXCROPS] 2.2.6.2.1).</summary>
public sealed record RopCreateMessageRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopCreateMessageRequest>
{
    public override RopId RopId => RopId.RopCreateMessage;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    public ushort CodePageId { get; init; }

    public ObjectId FolderId { get; init; }

    public bool AssociatedFlag { get; init; }

    public static RopCreateMessageRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCreateMessage));
        var request = new RopCreateMessageRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            CodePageId = reader.ReadUInt16(nameof(CodePageId)),
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
            AssociatedFlag = reader.ReadBoolean(nameof(AssociatedFlag)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt16(CodePageId);
        FolderId.Encode(writer);
        writer.WriteBoolean(AssociatedFlag);
    }
}
