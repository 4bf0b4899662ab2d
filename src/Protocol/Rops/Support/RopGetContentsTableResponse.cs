namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopGetContentsTable success response ([MS-OXCROPS] 2.2.4.14.2): the number of rows in the new table.</summary>
public sealed record RopGetContentsTableResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetContentsTableResponse>
{
    public override RopId RopId => RopId.RopGetContentsTable;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public uint RowCount { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetContentsTable));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetContentsTable);
        }

        var response = new RopGetContentsTableResponse
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            RowCount = reader.ReadUInt32(nameof(RowCount)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(RowCount);
    }
}
