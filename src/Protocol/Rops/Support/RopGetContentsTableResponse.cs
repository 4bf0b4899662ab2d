namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopGetContentsTable success response ([MS-OXCROPS] 2.2.4.14.2); the layout is <see cref="TableRowCountResponse"/>.</summary>
public sealed record RopGetContentsTableResponse : TableRowCountResponse, IRopResponseDecoder<RopGetContentsTableResponse>
{
    public override RopId RopId => RopId.RopGetContentsTable;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopGetContentsTableResponse>(ref reader, RopId.RopGetContentsTable);
}
