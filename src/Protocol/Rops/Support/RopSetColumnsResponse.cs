namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopSetColumns success response ([MS-OXCROPS] 2.2.5.1.2).</summary>
public sealed record RopSetColumnsResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSetColumnsResponse>
{
    public override RopId RopId => RopId.RopSetColumns;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>Kept as sent: an undefined status is for a conformance check to flag.</summary>
    public TableStatus TableStatus { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSetColumns));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopSetColumns);
        }

        var response = new RopSetColumnsResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            TableStatus = (TableStatus)reader.ReadByte(nameof(TableStatus)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteByte((byte)TableStatus);
    }
}
