namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// The generic failure response ([MS-OXCROPS] 2.2): RopId, the request's handle index and a nonzero
/// ReturnValue, with nothing after.
/// </summary>
public sealed record RopFailureResponse(RopId FailedRopId, byte HandleIndex, uint ReturnValue) : RopResponse, IRopResult
{
    public override RopId RopId => FailedRopId;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(HandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
