namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopSaveChangesMessage request ([MS-OXCROPS] 2.2.6.3.1): ResponseHandleIndex names the handle the response echoes.</summary>
public sealed record RopSaveChangesMessageRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSaveChangesMessageRequest>
{
    public override RopId RopId => RopId.RopSaveChangesMessage;

    public byte ResponseHandleIndex { get; init; }

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: [MS-OXCMSG] 2.2.3.3.1 has the server ignore other bits.</summary>
    public SaveFlags SaveFlags { get; init; }

    public static RopSaveChangesMessageRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSaveChangesMessage));
        var request = new RopSaveChangesMessageRequest
        {
            LogonId = logonId,
            ResponseHandleIndex = reader.ReadByte(nameof(ResponseHandleIndex)),
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            SaveFlags = (SaveFlags)reader.ReadByte(nameof(SaveFlags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(ResponseHandleIndex);
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)SaveFlags);
    }
}
