namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>Field layouts shared by the request and response bodies of [MS-OXCMAPIHTTP] 2.2.4.</summary>
public static class MapiHttpBodyFields
{
    public const string StatusCode = "StatusCode";
    public const string AuxiliaryBufferSize = "AuxiliaryBufferSize";
    public const string AuxiliaryBuffer = "AuxiliaryBuffer";

    /// <summary>
    /// Reads the leading StatusCode of a response body so a caller can choose the success or failure layout
    /// (every mailbox response body starts with it; zero means success).
    /// </summary>
    public static uint PeekStatusCode(ReadOnlySpan<byte> body, string structure)
    {
        var reader = new ProtocolReader(body, 0, structure);
        return reader.ReadUInt32(StatusCode);
    }

    /// <summary>Reads a 4-byte size then that many bytes, the size checked against the bytes left first.</summary>
    internal static byte[] ReadSized(ref ProtocolReader reader, string sizeField, string bufferField)
    {
        int size = reader.ReadCount32(sizeField, 1);
        return reader.ReadBytes(size, bufferField);
    }

    internal static void WriteSized(ProtocolWriter writer, ReadOnlySpan<byte> value)
    {
        writer.WriteUInt32((uint)value.Length);
        writer.WriteBytes(value);
    }

    internal static uint ReadSuccessStatus(ref ProtocolReader reader)
    {
        int at = reader.Offset;
        uint status = reader.ReadUInt32(StatusCode);
        if (status != 0)
        {
            throw reader.ErrorAt(at, StatusCode, ProtocolErrorKind.InvalidValue, $"0x{status:X8} in a success body, which requires 0x00000000");
        }

        return status;
    }

    internal static byte[] ToBytes(Action<ProtocolWriter> encode)
    {
        using var writer = new ProtocolWriter();
        encode(writer);
        return writer.ToArray();
    }
}
