namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>The Execute request type request body ([MS-OXCMAPIHTTP] 2.2.4.2.1); fields mirror EcDoRpcExt2's [in] parameters ([MS-OXCRPC] 3.1.4.2).</summary>
/// <param name="Flags">pulFlags: how the server builds RopBuffer in the response.</param>
/// <param name="RopBuffer">rgbIn: the extended buffer(s) carrying the ROP input buffer.</param>
/// <param name="MaxRopOut">pcbOut: the largest RopBuffer the client accepts in the response.</param>
/// <param name="AuxiliaryBuffer">rgbAuxIn.</param>
public sealed record ExecuteRequestBody(uint Flags, byte[] RopBuffer, uint MaxRopOut, byte[] AuxiliaryBuffer)
{
    public const string StructureName = "ExecuteRequestBody";

    public static ExecuteRequestBody Decode(ReadOnlySpan<byte> body)
    {
        var reader = new ProtocolReader(body, 0, StructureName);
        uint flags = reader.ReadUInt32(nameof(Flags));
        byte[] rop = MapiHttpBodyFields.ReadSized(ref reader, "RopBufferSize", nameof(RopBuffer));
        uint maxRopOut = reader.ReadUInt32(nameof(MaxRopOut));
        byte[] aux = MapiHttpBodyFields.ReadSized(ref reader, MapiHttpBodyFields.AuxiliaryBufferSize, nameof(AuxiliaryBuffer));
        reader.ExpectEnd(nameof(AuxiliaryBuffer));
        return new ExecuteRequestBody(flags, rop, maxRopOut, aux);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt32(Flags);
        MapiHttpBodyFields.WriteSized(writer, RopBuffer);
        writer.WriteUInt32(MaxRopOut);
        MapiHttpBodyFields.WriteSized(writer, AuxiliaryBuffer);
    }

    public byte[] ToBytes() => MapiHttpBodyFields.ToBytes(Encode);
}
