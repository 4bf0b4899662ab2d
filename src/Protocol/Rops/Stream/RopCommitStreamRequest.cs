namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopCommitStream request ([MS-OXCROPS] 2.2.9.5.1, [MS-OXCPRPT] 2.2.18.1): nothing after InputHandleIndex.</summary>
public sealed record RopCommitStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopCommitStreamRequest>
{
    public override RopId RopId => RopId.RopCommitStream;

    public byte InputHandleIndex { get; init; }

    public static RopCommitStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCommitStream));
        var request = new RopCommitStreamRequest { LogonId = logonId, InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)) };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer) => writer.WriteByte(InputHandleIndex);
}
