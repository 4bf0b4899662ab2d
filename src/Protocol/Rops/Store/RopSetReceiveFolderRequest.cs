namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopSetReceiveFolder request ([MS-OXCROPS] 2.2.3.3.1, [MS-OXCSTOR] 2.2.1.3.1).</summary>
public sealed record RopSetReceiveFolderRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSetReceiveFolderRequest>
{
    public override RopId RopId => RopId.RopSetReceiveFolder;

    public byte InputHandleIndex { get; init; }

    public ObjectId FolderId { get; init; }

    /// <summary>Null-terminated ASCII on the wire; the terminator is not part of the value.</summary>
    public string MessageClass { get; init; } = string.Empty;

    public static RopSetReceiveFolderRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSetReceiveFolder));
        var request = new RopSetReceiveFolderRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
            MessageClass = reader.ReadAsciiString(nameof(MessageClass)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        FolderId.Encode(writer);
        AsciiStrings.Write(writer, MessageClass, nameof(MessageClass));
    }
}
