namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopProgress success response ([MS-OXCROPS] 2.2.8.13.2, [MS-OXCPRPT] 2.2.23.2). A server sends it
/// while an asynchronous ROP (RopEmptyFolder in [MS-OXCPRPT] 4.5) is still running, in answer to that
/// ROP or to a RopProgress request; a failure carries none of the fields after ReturnValue.
/// </summary>
public sealed record RopProgressResponse : RopResponse, IRopResult, IRopResponseDecoder<RopProgressResponse>
{
    public override RopId RopId => RopId.RopProgress;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The logon of the operation being reported on.</summary>
    public byte LogonId { get; init; }

    public uint CompletedTaskCount { get; init; }

    /// <summary>Should be at least <see cref="CompletedTaskCount"/>; kept as sent, since checking that is the harness's job, not the codec's.</summary>
    public uint TotalTaskCount { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopProgress));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopProgress);
        }

        var response = new RopProgressResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            LogonId = reader.ReadByte(nameof(LogonId)),
            CompletedTaskCount = reader.ReadUInt32(nameof(CompletedTaskCount)),
            TotalTaskCount = reader.ReadUInt32(nameof(TotalTaskCount)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteByte(LogonId);
        writer.WriteUInt32(CompletedTaskCount);
        writer.WriteUInt32(TotalTaskCount);
    }
}
