namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopIdFromLongTermId request ([MS-OXCROPS] 2.2.3.9.1, [MS-OXCSTOR] 2.2.1.9.1); the layout is <see cref="LongTermIdRequest"/>.</summary>
public sealed record RopIdFromLongTermIdRequest : LongTermIdRequest, IRopRequestDecoder<RopIdFromLongTermIdRequest>
{
    public override RopId RopId => RopId.RopIdFromLongTermId;

    public static RopIdFromLongTermIdRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopIdFromLongTermIdRequest>(ref reader, logonId, RopId.RopIdFromLongTermId);
}
