namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopGetHierarchyTable request ([MS-OXCROPS] 2.2.4.13.1); the layout is <see cref="TableRequest{TTableFlags}"/>.</summary>
public sealed record RopGetHierarchyTableRequest : TableRequest<HierarchyTableFlags>, IRopRequestDecoder<RopGetHierarchyTableRequest>
{
    public override RopId RopId => RopId.RopGetHierarchyTable;

    public static RopGetHierarchyTableRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeFields<RopGetHierarchyTableRequest>(ref reader, logonId, RopId.RopGetHierarchyTable);
}
