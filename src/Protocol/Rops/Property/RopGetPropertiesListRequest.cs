namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopGetPropertiesList request ([MS-OXCROPS] 2.2.8.5.1, [MS-OXCPRPT] 2.2.4.1): only the handle.</summary>
public sealed record RopGetPropertiesListRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetPropertiesListRequest>
{
    public override RopId RopId => RopId.RopGetPropertiesList;

    public byte InputHandleIndex { get; init; }

    public static RopGetPropertiesListRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertiesList));
        var request = new RopGetPropertiesListRequest { LogonId = logonId, InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)) };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer) => writer.WriteByte(InputHandleIndex);
}
