namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopGetContentsTable request ([MS-OXCROPS] 2.2.4.14.1); the layout is <see cref="TableRequest{TTableFlags}"/>.</summary>
public sealed record RopGetContentsTableRequest : TableRequest<ContentsTableFlags>, IRopRequestDecoder<RopGetContentsTableRequest>
{
    public override RopId RopId => RopId.RopGetContentsTable;

    public static RopGetContentsTableRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopGetContentsTableRequest>(ref reader, logonId, RopId.RopGetContentsTable);
}
