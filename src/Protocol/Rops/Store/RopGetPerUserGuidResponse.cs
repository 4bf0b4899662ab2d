namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetPerUserGuid success response ([MS-OXCROPS] 2.2.3.11.2, [MS-OXCSTOR] 2.2.1.11.2).</summary>
public sealed record RopGetPerUserGuidResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetPerUserGuidResponse>
{
    public override RopId RopId => RopId.RopGetPerUserGuid;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public Guid DatabaseGuid { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPerUserGuid));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetPerUserGuid);
        }

        var response = new RopGetPerUserGuidResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            DatabaseGuid = reader.ReadGuid(nameof(DatabaseGuid)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteGuid(DatabaseGuid);
    }
}
