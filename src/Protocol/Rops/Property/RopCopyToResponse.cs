namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopCopyTo success response ([MS-OXCROPS] 2.2.8.12.2, [MS-OXCPRPT] 2.2.11.2). On NullDestinationObject (0x00000503) the
/// decoder returns <see cref="RopCopyToNullDestinationResponse"/>, on any other nonzero value a <see cref="RopFailureResponse"/>.
/// </summary>
public sealed record RopCopyToResponse : RopResponse, IRopResult, IRopResponseDecoder<RopCopyToResponse>
{
    public override RopId RopId => RopId.RopCopyTo;

    public byte SourceHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The properties that could not be copied or moved, with the reason.</summary>
    public ValueArray<PropertyProblem> PropertyProblems { get; init; }

    byte IRopResult.HandleIndex => SourceHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopCopyTo));
        var header = RopResponseHeader.Decode(ref reader, nameof(SourceHandleIndex));
        RopResponse response;
        if (header.ReturnValue == PropertyReturnValues.NullDestinationObject)
        {
            response = new RopCopyToNullDestinationResponse
            {
                SourceHandleIndex = header.HandleIndex,
                DestHandleIndex = reader.ReadUInt32(nameof(RopCopyToNullDestinationResponse.DestHandleIndex)),
            };
        }
        else if (!header.Succeeded)
        {
            response = header.Failure(RopId.RopCopyTo);
        }
        else
        {
            response = new RopCopyToResponse
            {
                SourceHandleIndex = header.HandleIndex,
                ReturnValue = header.ReturnValue,
                PropertyProblems = PropertyProblem.DecodeCounted(ref reader),
            };
        }

        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(SourceHandleIndex);
        writer.WriteUInt32(ReturnValue);
        PropertyProblem.EncodeCounted(writer, PropertyProblems);
    }
}
