namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopSetPropertiesNoReplicate success response ([MS-OXCROPS] 2.2.8.7.2, [MS-OXCPRPT] 2.2.6.2).</summary>
public sealed record RopSetPropertiesNoReplicateResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSetPropertiesNoReplicateResponse>
{
    public override RopId RopId => RopId.RopSetPropertiesNoReplicate;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The properties that could not be set, with the reason; empty when all were.</summary>
    public ValueArray<PropertyProblem> PropertyProblems { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSetPropertiesNoReplicate));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopSetPropertiesNoReplicate);
        }

        var response = new RopSetPropertiesNoReplicateResponse
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
