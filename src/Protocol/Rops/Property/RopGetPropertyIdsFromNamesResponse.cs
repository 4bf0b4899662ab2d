namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopGetPropertyIdsFromNames success response ([MS-OXCROPS] 2.2.8.1.2, [MS-OXCPRPT] 2.2.12.2). ReturnValue is 0 or
/// the warning ErrorsReturned (0x00040380), sent when some names could not be mapped: the body still follows and
/// the unmapped entries are 0x0000.
/// </summary>
public sealed record RopGetPropertyIdsFromNamesResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetPropertyIdsFromNamesResponse>
{
    public override RopId RopId => RopId.RopGetPropertyIdsFromNames;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>One ID per requested name, in request order; 0x0000 where a name could not be mapped.</summary>
    public ValueArray<ushort> PropertyIds { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPropertyIdsFromNames));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded && header.ReturnValue != PropertyReturnValues.ErrorsReturned)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetPropertyIdsFromNames);
        }

        var response = new RopGetPropertyIdsFromNamesResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PropertyIds = PropertyArrays.DecodeCountedIds(ref reader, "PropertyIdCount", nameof(PropertyIds)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        PropertyArrays.EncodeCountedIds(writer, PropertyIds, "PropertyIdCount");
    }
}
