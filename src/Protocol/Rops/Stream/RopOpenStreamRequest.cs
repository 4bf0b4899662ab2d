namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopOpenStream request ([MS-OXCROPS] 2.2.9.1.1, [MS-OXCPRPT] 2.2.14.1).</summary>
public sealed record RopOpenStreamRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopOpenStreamRequest>
{
    public override RopId RopId => RopId.RopOpenStream;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    public PropertyTag PropertyTag { get; init; }

    /// <summary>Kept as sent: the layout does not depend on it, so an undefined mode is the server's to reject.</summary>
    public OpenStreamModeFlags OpenModeFlags { get; init; }

    public static RopOpenStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenStream));
        var request = new RopOpenStreamRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
            PropertyTag = PropertyTag.Decode(ref reader, nameof(PropertyTag)),
            OpenModeFlags = (OpenStreamModeFlags)reader.ReadByte(nameof(OpenModeFlags)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        PropertyTag.Encode(writer);
        writer.WriteByte((byte)OpenModeFlags);
    }
}
