namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>
/// The failure response body, one layout for Connect, Execute and Disconnect ([MS-OXCMAPIHTTP] 2.2.4.1.3, 2.2.4.2.3,
/// 2.2.4.3.3): a nonzero StatusCode and the auxiliary buffer.
/// </summary>
public sealed record MapiHttpFailureResponseBody(uint StatusCode, byte[] AuxiliaryBuffer)
{
    public const string StructureName = "FailureResponseBody";

    public static MapiHttpFailureResponseBody Decode(ReadOnlySpan<byte> body)
    {
        var reader = new ProtocolReader(body, 0, StructureName);
        int at = reader.Offset;
        uint status = reader.ReadUInt32(nameof(StatusCode));
        if (status == 0)
        {
            throw reader.ErrorAt(at, nameof(StatusCode), ProtocolErrorKind.InvalidValue, "0x00000000 in a failure body, which requires a nonzero status");
        }

        byte[] aux = MapiHttpBodyFields.ReadSized(ref reader, MapiHttpBodyFields.AuxiliaryBufferSize, nameof(AuxiliaryBuffer));
        reader.ExpectEnd(nameof(AuxiliaryBuffer));
        return new MapiHttpFailureResponseBody(status, aux);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt32(StatusCode);
        MapiHttpBodyFields.WriteSized(writer, AuxiliaryBuffer);
    }

    public byte[] ToBytes() => MapiHttpBodyFields.ToBytes(Encode);
}
