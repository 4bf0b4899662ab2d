namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopGetHierarchyTable success response ([MS-OXCROPS] 2.2.4.13.2); the layout is <see cref="TableRowCountResponse"/>.</summary>
public sealed record RopGetHierarchyTableResponse : TableRowCountResponse, IRopResponseDecoder<RopGetHierarchyTableResponse>
{
    public override RopId RopId => RopId.RopGetHierarchyTable;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopGetHierarchyTableResponse>(ref reader, RopId.RopGetHierarchyTable);
}
