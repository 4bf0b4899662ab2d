namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>
/// The Execute request type success response body ([MS-OXCMAPIHTTP] 2.2.4.2.2); fields mirror EcDoRpcExt2's [out]
/// parameters ([MS-OXCRPC] 3.1.4.2). StatusCode is always zero here; ErrorCode carries the operation's result.
/// </summary>
public sealed record ExecuteSuccessResponseBody(uint ErrorCode, uint Flags, byte[] RopBuffer, byte[] AuxiliaryBuffer)
{
    public const string StructureName = "ExecuteSuccessResponseBody";

    public static ExecuteSuccessResponseBody Decode(ReadOnlySpan<byte> body)
    {
        var reader = new ProtocolReader(body, 0, StructureName);
        MapiHttpBodyFields.ReadSuccessStatus(ref reader);
        uint errorCode = reader.ReadUInt32(nameof(ErrorCode));
        uint flags = reader.ReadUInt32(nameof(Flags));
        byte[] rop = MapiHttpBodyFields.ReadSized(ref reader, "RopBufferSize", nameof(RopBuffer));
        byte[] aux = MapiHttpBodyFields.ReadSized(ref reader, MapiHttpBodyFields.AuxiliaryBufferSize, nameof(AuxiliaryBuffer));
        reader.ExpectEnd(nameof(AuxiliaryBuffer));
        return new ExecuteSuccessResponseBody(errorCode, flags, rop, aux);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt32(0);
        writer.WriteUInt32(ErrorCode);
        writer.WriteUInt32(Flags);
        MapiHttpBodyFields.WriteSized(writer, RopBuffer);
        MapiHttpBodyFields.WriteSized(writer, AuxiliaryBuffer);
    }

    public byte[] ToBytes() => MapiHttpBodyFields.ToBytes(Encode);
}
