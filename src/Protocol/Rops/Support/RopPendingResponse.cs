namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopPending response ([MS-OXCROPS] 2.2.14.3): notifications wait on the session SessionIndex. It has no handle index and no ReturnValue.</summary>
public sealed record RopPendingResponse : RopResponse, IRopResponseDecoder<RopPendingResponse>
{
    public override RopId RopId => RopId.RopPending;

    public ushort SessionIndex { get; init; }

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopPending));
        var response = new RopPendingResponse { SessionIndex = reader.ReadUInt16(nameof(SessionIndex)) };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer) => writer.WriteUInt16(SessionIndex);
}
