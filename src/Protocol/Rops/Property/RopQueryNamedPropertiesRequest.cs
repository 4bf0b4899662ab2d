namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>RopQueryNamedProperties request ([MS-OXCROPS] 2.2.8.10.1, [MS-OXCPRPT] 2.2.9.1).</summary>
public sealed record RopQueryNamedPropertiesRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopQueryNamedPropertiesRequest>
{
    public override RopId RopId => RopId.RopQueryNamedProperties;

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: the server ignores undefined bits ([MS-OXCPRPT] 3.2.5.6).</summary>
    public QueryFlags QueryFlags { get; init; }

    /// <summary>Whether PropertyGuid follows; must agree with <see cref="PropertyGuid"/>.</summary>
    public bool HasGuid { get; init; }

    /// <summary>The property set to restrict the answer to; present only when <see cref="HasGuid"/> is set.</summary>
    public Guid? PropertyGuid { get; init; }

    public static RopQueryNamedPropertiesRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopQueryNamedProperties));
        byte input = reader.ReadByte(nameof(InputHandleIndex));
        var flags = (QueryFlags)reader.ReadByte(nameof(QueryFlags));
        bool hasGuid = reader.ReadBoolean(nameof(HasGuid));
        var request = new RopQueryNamedPropertiesRequest
        {
            LogonId = logonId,
            InputHandleIndex = input,
            QueryFlags = flags,
            HasGuid = hasGuid,
            PropertyGuid = hasGuid ? reader.ReadGuid(nameof(PropertyGuid)) : null,
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if (HasGuid != PropertyGuid.HasValue)
        {
            throw new InvalidOperationException($"HasGuid is {HasGuid} but PropertyGuid is {(PropertyGuid.HasValue ? "present" : "absent")}");
        }

        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)QueryFlags);
        writer.WriteBoolean(HasGuid);
        if (PropertyGuid is Guid guid)
        {
            writer.WriteGuid(guid);
        }
    }
}
