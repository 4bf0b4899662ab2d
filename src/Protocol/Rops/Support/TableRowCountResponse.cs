namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>
/// The success response shared by RopGetHierarchyTable and RopGetContentsTable ([MS-OXCROPS] 2.2.4.13.2,
/// 2.2.4.14.2): OutputHandleIndex, ReturnValue, then RowCount, the number of rows in the new table. A nonzero
/// ReturnValue has the generic failure layout.
/// </summary>
public abstract record TableRowCountResponse : RopResponse, IRopResult
{
    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public uint RowCount { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32(RowCount);
    }

    /// <summary>Decodes the fields after RopId into a <typeparamref name="T"/>, or the failure response of <paramref name="ropId"/>.</summary>
    /// <param name="ropId">The concrete ROP: it names the structure in errors and in the failure response.</param>
    protected static RopResponse DecodeFields<T>(ref ProtocolReader reader, RopId ropId)
        where T : TableRowCountResponse, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(ropId);
        }

        var response = new T
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            RowCount = reader.ReadUInt32(nameof(RowCount)),
        };
        reader.Leave(outer);
        return response;
    }
}
