namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The success response shared by RopSetProperties, RopSetPropertiesNoReplicate, RopDeleteProperties and
/// RopDeletePropertiesNoReplicate ([MS-OXCROPS] 2.2.8.6.2, 2.2.8.7.2, 2.2.8.8.2, 2.2.8.9.2; [MS-OXCPRPT]
/// 2.2.5.2 to 2.2.8.2): InputHandleIndex, ReturnValue, then the counted PropertyProblems. A nonzero
/// ReturnValue has the generic failure layout.
/// </summary>
public abstract record PropertyProblemsResponse : RopResponse, IRopResult
{
    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The properties the ROP could not set or delete, with the reason; empty when it handled all of them.</summary>
    public ValueArray<PropertyProblem> PropertyProblems { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        PropertyProblem.EncodeCounted(writer, PropertyProblems);
    }

    /// <summary>Decodes the fields after RopId into a <typeparamref name="T"/>, or the failure response of <paramref name="ropId"/>.</summary>
    /// <param name="ropId">The concrete ROP: it names the structure in errors and in the failure response.</param>
    protected static RopResponse DecodeFields<T>(ref ProtocolReader reader, RopId ropId)
        where T : PropertyProblemsResponse, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(ropId);
        }

        var response = new T
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PropertyProblems = PropertyProblem.DecodeCounted(ref reader),
        };
        reader.Leave(outer);
        return response;
    }
}
