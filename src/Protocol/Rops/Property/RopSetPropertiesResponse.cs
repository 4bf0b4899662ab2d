namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopSetProperties success response ([MS-OXCROPS] 2.2.8.6.2, [MS-OXCPRPT] 2.2.5.2).</summary>
public sealed record RopSetPropertiesResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSetPropertiesResponse>
{
    public override RopId RopId => RopId.RopSetProperties;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The properties that could not be set, with the reason; empty when all were.</summary>
    public ValueArray<PropertyProblem> PropertyProblems { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSetProperties));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopSetProperties);
        }

        var response = new RopSetPropertiesResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PropertyProblems = PropertyProblem.DecodeCounted(ref reader),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        PropertyProblem.EncodeCounted(writer, PropertyProblems);
    }
}
