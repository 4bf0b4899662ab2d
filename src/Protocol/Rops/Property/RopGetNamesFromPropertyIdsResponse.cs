namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopGetNamesFromPropertyIds success response ([MS-OXCROPS] 2.2.8.2.2, [MS-OXCPRPT] 2.2.13.2). An ID without a
/// name comes back as a PropertyName of Kind 0xFF ([MS-OXCPRPT] 3.2.5.9), so no warning code is needed.
/// </summary>
public sealed record RopGetNamesFromPropertyIdsResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetNamesFromPropertyIdsResponse>
{
    public override RopId RopId => RopId.RopGetNamesFromPropertyIds;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>One name per requested ID, in request order.</summary>
    public ValueArray<PropertyName> PropertyNames { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetNamesFromPropertyIds));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetNamesFromPropertyIds);
        }

        var response = new RopGetNamesFromPropertyIdsResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PropertyNames = PropertyArrays.DecodeCountedNames(ref reader, "PropertyNameCount"),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        PropertyArrays.EncodeCountedNames(writer, PropertyNames, "PropertyNameCount");
    }
}
