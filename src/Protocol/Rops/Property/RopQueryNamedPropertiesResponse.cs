namespace Conformance.Protocol.Rops.Property;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopQueryNamedProperties success response ([MS-OXCROPS] 2.2.8.10.2, [MS-OXCPRPT] 2.2.9.2): IdCount, then IdCount
/// property IDs, then IdCount names in the same order. ReturnValue is 0 or the warning ErrorsReturned
/// (0x00040380), which keeps this body.
/// </summary>
public sealed record RopQueryNamedPropertiesResponse : RopResponse, IRopResult, IRopResponseDecoder<RopQueryNamedPropertiesResponse>
{
    public override RopId RopId => RopId.RopQueryNamedProperties;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public ValueArray<ushort> PropertyIds { get; init; }

    /// <summary>The name of each ID in <see cref="PropertyIds"/>; the two arrays must have the same length.</summary>
    public ValueArray<PropertyName> PropertyNames { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopQueryNamedProperties));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded && header.ReturnValue != PropertyReturnValues.ErrorsReturned)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopQueryNamedProperties);
        }

        // Each entry is a 2-byte ID plus a name of at least PropertyName.MinimumSize bytes.
        int count = reader.ReadCount16("IdCount", sizeof(ushort) + PropertyName.MinimumSize);
        var response = new RopQueryNamedPropertiesResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PropertyIds = PropertyArrays.DecodeIds(ref reader, count, nameof(PropertyIds)),
            PropertyNames = PropertyArrays.DecodeNames(ref reader, count),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if (PropertyIds.Count != PropertyNames.Count)
        {
            throw new InvalidOperationException($"{PropertyIds.Count} property IDs but {PropertyNames.Count} names; IdCount counts both");
        }

        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteCount16(PropertyIds.Count, "IdCount");
        PropertyArrays.EncodeIds(writer, PropertyIds);
        PropertyArrays.EncodeNames(writer, PropertyNames);
    }
}
