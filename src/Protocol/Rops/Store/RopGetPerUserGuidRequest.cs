namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetPerUserGuid request ([MS-OXCROPS] 2.2.3.11.1, [MS-OXCSTOR] 2.2.1.11.1); the layout is <see cref="LongTermIdRequest"/>.</summary>
public sealed record RopGetPerUserGuidRequest : LongTermIdRequest, IRopRequestDecoder<RopGetPerUserGuidRequest>
{
    public override RopId RopId => RopId.RopGetPerUserGuid;

    public static RopGetPerUserGuidRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopGetPerUserGuidRequest>(ref reader, logonId, RopId.RopGetPerUserGuid);
}
