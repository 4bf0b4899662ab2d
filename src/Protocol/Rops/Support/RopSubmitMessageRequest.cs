namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopSubmitMessage request ([MS-OXCROPS] 2.2.7.1.1).</summary>
public sealed record RopSubmitMessageRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSubmitMessageRequest>
{
    public override RopId RopId => RopId.RopSubmitMessage;

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public SubmitFlags SubmitFlags { get; init; }

    public static RopSubmitMessageRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSubmitMessage));
        var request = new RopSubmitMessageRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            SubmitFlags = (SubmitFlags)reader.ReadByte(nameof(SubmitFlags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)SubmitFlags);
    }
}
