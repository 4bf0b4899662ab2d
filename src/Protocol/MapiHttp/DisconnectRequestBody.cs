namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>The Disconnect request type request body ([MS-OXCMAPIHTTP] 2.2.4.3.1): the auxiliary buffer alone.</summary>
public sealed record DisconnectRequestBody(byte[] AuxiliaryBuffer)
{
    public const string StructureName = "DisconnectRequestBody";

    public static DisconnectRequestBody Decode(ReadOnlySpan<byte> body)
    {
        var reader = new ProtocolReader(body, 0, StructureName);
        byte[] aux = MapiHttpBodyFields.ReadSized(ref reader, MapiHttpBodyFields.AuxiliaryBufferSize, nameof(AuxiliaryBuffer));
        reader.ExpectEnd(nameof(AuxiliaryBuffer));
        return new DisconnectRequestBody(aux);
    }

    public void Encode(ProtocolWriter writer) => MapiHttpBodyFields.WriteSized(writer, AuxiliaryBuffer);

    public byte[] ToBytes() => MapiHttpBodyFields.ToBytes(Encode);
}
