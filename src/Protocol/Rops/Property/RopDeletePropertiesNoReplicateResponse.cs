namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopDeletePropertiesNoReplicate success response ([MS-OXCROPS] 2.2.8.9.2, [MS-OXCPRPT] 2.2.8.2).</summary>
public sealed record RopDeletePropertiesNoReplicateResponse : RopResponse, IRopResult, IRopResponseDecoder<RopDeletePropertiesNoReplicateResponse>
{
    public override RopId RopId => RopId.RopDeletePropertiesNoReplicate;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The properties that could not be deleted, with the reason; empty when all were.</summary>
    public ValueArray<PropertyProblem> PropertyProblems { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopDeletePropertiesNoReplicate));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopDeletePropertiesNoReplicate);
        }

        var response = new RopDeletePropertiesNoReplicateResponse
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
