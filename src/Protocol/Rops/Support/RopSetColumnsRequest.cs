namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopSetColumns request ([MS-OXCROPS] 2.2.5.1.1): the columns later rows answer.</summary>
public sealed record RopSetColumnsRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSetColumnsRequest>
{
    public override RopId RopId => RopId.RopSetColumns;

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject.</summary>
    public SetColumnsFlags SetColumnsFlags { get; init; }

    /// <summary>
    /// The columns. An empty list encodes (PropertyTagCount 0) although [MS-OXCTABL] 2.2.2.2.1 asks for at
    /// least one: that is a server-side check, not a layout rule.
    /// </summary>
    public ValueArray<PropertyTag> PropertyTags { get; init; } = ValueArray<PropertyTag>.Empty;

    public static RopSetColumnsRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSetColumns));
        byte input = reader.ReadByte(nameof(InputHandleIndex));
        var flags = (SetColumnsFlags)reader.ReadByte(nameof(SetColumnsFlags));
        int count = reader.ReadCount16("PropertyTagCount", PropertyTag.Size);
        ValueArray<PropertyTag> tags = PropertyTag.DecodeArray(ref reader, count, nameof(PropertyTags));
        reader.Leave(outer);
        return new RopSetColumnsRequest { LogonId = logonId, InputHandleIndex = input, SetColumnsFlags = flags, PropertyTags = tags };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)SetColumnsFlags);
        writer.WriteCount16(PropertyTags.Count, "PropertyTagCount");
        PropertyTag.EncodeArray(writer, PropertyTags);
    }
}
