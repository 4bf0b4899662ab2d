namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopGetPropertiesAll request ([MS-OXCROPS] 2.2.8.4.1, [MS-OXCPRPT] 2.2.3.1).</summary>
public sealed record RopGetPropertiesAllRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetPropertiesAllRequest>
{
    public override RopId RopId => RopId.RopGetPropertiesAll;

    public byte InputHandleIndex { get; init; }

    /// <summary>Largest value size wanted; 0 means only the response buffer limits it.</summary>
    public ushort PropertySizeLimit { get; init; }

    /// <summary>A two-byte Boolean: strings come back as PtypString when set. Any nonzero value reads as TRUE; TRUE is written as 0x0001.</summary>
    public bool WantUnicode { get; init; }

    public static RopGetPropertiesAllRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertiesAll));
        var request = new RopGetPropertiesAllRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            PropertySizeLimit = reader.ReadUInt16(nameof(PropertySizeLimit)),
            WantUnicode = reader.ReadUInt16(nameof(WantUnicode)) != 0,
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt16(PropertySizeLimit);
        writer.WriteUInt16(WantUnicode ? (ushort)1 : (ushort)0);
    }
}
