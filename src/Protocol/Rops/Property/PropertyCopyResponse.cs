namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The success response shared by RopCopyProperties and RopCopyTo ([MS-OXCROPS] 2.2.8.11.2, 2.2.8.12.2;
/// [MS-OXCPRPT] 2.2.10.2, 2.2.11.2): SourceHandleIndex, ReturnValue, then the counted PropertyProblems.
/// On NullDestinationObject (0x00000503) the decoder returns the ROP's
/// <see cref="PropertyCopyNullDestinationResponse"/>, on any other nonzero value a <see cref="RopFailureResponse"/>.
/// </summary>
public abstract record PropertyCopyResponse : RopResponse, IRopResult
{
    public byte SourceHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The properties that could not be copied or moved, with the reason.</summary>
    public ValueArray<PropertyProblem> PropertyProblems { get; init; }

    byte IRopResult.HandleIndex => SourceHandleIndex;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(SourceHandleIndex);
        writer.WriteUInt32(ReturnValue);
        PropertyProblem.EncodeCounted(writer, PropertyProblems);
    }

    /// <summary>Decodes the fields after RopId into the success, null destination or failure response of <paramref name="ropId"/>.</summary>
    /// <param name="ropId">The concrete ROP: it names the structure in errors and in the failure response.</param>
    protected static RopResponse DecodeFields<TSuccess, TNullDestination>(ref ProtocolReader reader, RopId ropId)
        where TSuccess : PropertyCopyResponse, new()
        where TNullDestination : PropertyCopyNullDestinationResponse, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var header = RopResponseHeader.Decode(ref reader, nameof(SourceHandleIndex));
        RopResponse response;
        if (header.ReturnValue == PropertyReturnValues.NullDestinationObject)
        {
            response = new TNullDestination
            {
                SourceHandleIndex = header.HandleIndex,
                DestHandleIndex = reader.ReadUInt32(nameof(PropertyCopyNullDestinationResponse.DestHandleIndex)),
            };
        }
        else if (!header.Succeeded)
        {
            response = header.Failure(ropId);
        }
        else
        {
            response = new TSuccess
            {
                SourceHandleIndex = header.HandleIndex,
                ReturnValue = header.ReturnValue,
                PropertyProblems = PropertyProblem.DecodeCounted(ref reader),
            };
        }

        reader.Leave(outer);
        return response;
    }
}
