namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>
/// The Connect request type success response body ([MS-OXCMAPIHTTP] 2.2.4.1.2); fields mirror EcDoConnectEx's [out]
/// parameters ([MS-OXCRPC] 3.1.4.1). StatusCode is always zero here; ErrorCode carries the operation's result.
/// </summary>
public sealed record ConnectSuccessResponseBody(uint ErrorCode, uint PollsMax, uint RetryCount, uint RetryDelay, string DnPrefix, string DisplayName, byte[] AuxiliaryBuffer)
{
    public const string StructureName = "ConnectSuccessResponseBody";

    public static ConnectSuccessResponseBody Decode(ReadOnlySpan<byte> body)
    {
        var reader = new ProtocolReader(body, 0, StructureName);
        MapiHttpBodyFields.ReadSuccessStatus(ref reader);
        uint errorCode = reader.ReadUInt32(nameof(ErrorCode));
        uint pollsMax = reader.ReadUInt32(nameof(PollsMax));
        uint retryCount = reader.ReadUInt32(nameof(RetryCount));
        uint retryDelay = reader.ReadUInt32(nameof(RetryDelay));
        string dnPrefix = reader.ReadAsciiString(nameof(DnPrefix));
        string displayName = reader.ReadUnicodeString(nameof(DisplayName));
        byte[] aux = MapiHttpBodyFields.ReadSized(ref reader, MapiHttpBodyFields.AuxiliaryBufferSize, nameof(AuxiliaryBuffer));
        reader.ExpectEnd(nameof(AuxiliaryBuffer));
        return new ConnectSuccessResponseBody(errorCode, pollsMax, retryCount, retryDelay, dnPrefix, displayName, aux);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt32(0);
        writer.WriteUInt32(ErrorCode);
        writer.WriteUInt32(PollsMax);
        writer.WriteUInt32(RetryCount);
        writer.WriteUInt32(RetryDelay);
        writer.WriteString8(DnPrefix);
        writer.WriteUnicodeString(DisplayName);
        MapiHttpBodyFields.WriteSized(writer, AuxiliaryBuffer);
    }

    public byte[] ToBytes() => MapiHttpBodyFields.ToBytes(Encode);
}
