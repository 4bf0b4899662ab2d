namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopGetNamesFromPropertyIds request ([MS-OXCROPS] 2.2.8.2.1, [MS-OXCPRPT] 2.2.13.1): maps property IDs to names.</summary>
public sealed record RopGetNamesFromPropertyIdsRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetNamesFromPropertyIdsRequest>
{
    public override RopId RopId => RopId.RopGetNamesFromPropertyIds;

    public byte InputHandleIndex { get; init; }

    /// <summary>IDs below 0x8000 map to PS_MAPI names ([MS-OXCPRPT] 3.2.5.9).</summary>
    public ValueArray<ushort> PropertyIds { get; init; }

    public static RopGetNamesFromPropertyIdsRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetNamesFromPropertyIds));
        var request = new RopGetNamesFromPropertyIdsRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            PropertyIds = PropertyArrays.DecodeCountedIds(ref reader, "PropertyIdCount", nameof(PropertyIds)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        PropertyArrays.EncodeCountedIds(writer, PropertyIds, "PropertyIdCount");
    }
}
