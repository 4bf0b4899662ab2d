namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetPerUserLongTermIds request ([MS-OXCROPS] 2.2.3.10.1, [MS-OXCSTOR] 2.2.1.10.1).</summary>
public sealed record RopGetPerUserLongTermIdsRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetPerUserLongTermIdsRequest>
{
    public override RopId RopId => RopId.RopGetPerUserLongTermIds;

    public byte InputHandleIndex { get; init; }

    public Guid DatabaseGuid { get; init; }

    public static RopGetPerUserLongTermIdsRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPerUserLongTermIds));
        var request = new RopGetPerUserLongTermIdsRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            DatabaseGuid = reader.ReadGuid(nameof(DatabaseGuid)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteGuid(DatabaseGuid);
    }
}
