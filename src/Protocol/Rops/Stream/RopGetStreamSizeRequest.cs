namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopGetStreamSize request ([MS-OXCROPS] 2.2.9.6.1, [MS-OXCPRPT] 2.2.19.1): nothing after InputHandleIndex.</summary>
public sealed record RopGetStreamSizeRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetStreamSizeRequest>
{
    public override RopId RopId => RopId.RopGetStreamSize;

    public byte InputHandleIndex { get; init; }

    public static RopGetStreamSizeRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetStreamSize));
        var request = new RopGetStreamSizeRequest { LogonId = logonId, InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)) };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer) => writer.WriteByte(InputHandleIndex);
}
