namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>The Disconnect request type success response body ([MS-OXCMAPIHTTP] 2.2.4.3.2): StatusCode zero, ErrorCode, auxiliary buffer.</summary>
public sealed record DisconnectSuccessResponseBody(uint ErrorCode, byte[] AuxiliaryBuffer)
{
    public const string StructureName = "DisconnectSuccessResponseBody";

    public static DisconnectSuccessResponseBody Decode(ReadOnlySpan<byte> body)
    {
        var reader = new ProtocolReader(body, 0, StructureName);
        MapiHttpBodyFields.ReadSuccessStatus(ref reader);
        uint errorCode = reader.ReadUInt32(nameof(ErrorCode));
        byte[] aux = MapiHttpBodyFields.ReadSized(ref reader, MapiHttpBodyFields.AuxiliaryBufferSize, nameof(AuxiliaryBuffer));
        reader.ExpectEnd(nameof(AuxiliaryBuffer));
        return new DisconnectSuccessResponseBody(errorCode, aux);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt32(0);
        writer.WriteUInt32(ErrorCode);
        MapiHttpBodyFields.WriteSized(writer, AuxiliaryBuffer);
    }

    public byte[] ToBytes() => MapiHttpBodyFields.ToBytes(Encode);
}
