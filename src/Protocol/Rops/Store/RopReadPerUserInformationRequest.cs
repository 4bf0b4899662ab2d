namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopReadPerUserInformation request ([MS-OXCROPS] 2.2.3.12.1, [MS-OXCSTOR] 2.2.1.12.1).</summary>
public sealed record RopReadPerUserInformationRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopReadPerUserInformationRequest>
{
    public override RopId RopId => RopId.RopReadPerUserInformation;

    public byte InputHandleIndex { get; init; }

    /// <summary>The folder's LongTermID (the field is named FolderId but is not a Folder ID).</summary>
    public LongTermId FolderId { get; init; }

    /// <summary>Sent as 0x00 by a conforming client; kept as sent.</summary>
    public byte Reserved { get; init; }

    public uint DataOffset { get; init; }

    /// <summary>0 asks the server for its default.</summary>
    public ushort MaxDataSize { get; init; }

    public static RopReadPerUserInformationRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopReadPerUserInformation));
        var request = new RopReadPerUserInformationRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            FolderId = LongTermId.Decode(ref reader),
            Reserved = reader.ReadByte(nameof(Reserved)),
            DataOffset = reader.ReadUInt32(nameof(DataOffset)),
            MaxDataSize = reader.ReadUInt16(nameof(MaxDataSize)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        FolderId.Encode(writer);
        writer.WriteByte(Reserved);
        writer.WriteUInt32(DataOffset);
        writer.WriteUInt16(MaxDataSize);
    }
}
