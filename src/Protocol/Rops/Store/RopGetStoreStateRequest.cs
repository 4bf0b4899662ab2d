namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetStoreState request ([MS-OXCROPS] 2.2.3.5.1): no fields after InputHandleIndex.</summary>
public sealed record RopGetStoreStateRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetStoreStateRequest>
{
    public override RopId RopId => RopId.RopGetStoreState;

    public byte InputHandleIndex { get; init; }

    public static RopGetStoreStateRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetStoreState));
        var request = new RopGetStoreStateRequest { LogonId = logonId, InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)) };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer) => writer.WriteByte(InputHandleIndex);
}
