namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopGetPropertyIdsFromNames request ([MS-OXCROPS] 2.2.8.1.1, [MS-OXCPRPT] 2.2.12.1): maps named properties to property IDs.</summary>
public sealed record RopGetPropertyIdsFromNamesRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetPropertyIdsFromNamesRequest>
{
    public override RopId RopId => RopId.RopGetPropertyIdsFromNames;

    public byte InputHandleIndex { get; init; }

    /// <summary>0x00 or Create (0x02); other values are kept as sent.</summary>
    public GetPropertyIdsFromNamesFlags Flags { get; init; }

    /// <summary>The names to map; none asks for every registered name ([MS-OXCPRPT] 2.2.12.1).</summary>
    public ValueArray<PropertyName> PropertyNames { get; init; }

    public static RopGetPropertyIdsFromNamesRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertyIdsFromNames));
        var request = new RopGetPropertyIdsFromNamesRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            Flags = (GetPropertyIdsFromNamesFlags)reader.ReadByte(nameof(Flags)),
            PropertyNames = PropertyArrays.DecodeCountedNames(ref reader, "PropertyNameCount"),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)Flags);
        PropertyArrays.EncodeCountedNames(writer, PropertyNames, "PropertyNameCount");
    }
}
