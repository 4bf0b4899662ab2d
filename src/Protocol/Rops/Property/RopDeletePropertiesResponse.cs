namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopDeleteProperties success response ([MS-OXCROPS] 2.2.8.8.2, [MS-OXCPRPT] 2.2.7.2).</summary>
public sealed record RopDeletePropertiesResponse : RopResponse, IRopResult, IRopResponseDecoder<RopDeletePropertiesResponse>
{
    public override RopId RopId => RopId.RopDeleteProperties;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The properties that could not be deleted, with the reason; empty when all were.</summary>
    public ValueArray<PropertyProblem> PropertyProblems { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopDeleteProperties));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopDeleteProperties);
        }

        var response = new RopDeletePropertiesResponse
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
