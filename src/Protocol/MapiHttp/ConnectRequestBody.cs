namespace Conformance.Protocol.MapiHttp;

using Conformance.Protocol.Encoding;

/// <summary>The Connect request type request body ([MS-OXCMAPIHTTP] 2.2.4.1.1); fields mirror EcDoConnectEx's [in] parameters ([MS-OXCRPC] 3.1.4.1).</summary>
public sealed record ConnectRequestBody(string UserDn, uint Flags, uint DefaultCodePage, uint LcidSort, uint LcidString, byte[] AuxiliaryBuffer)
{
    public const string StructureName = "ConnectRequestBody";

    public static ConnectRequestBody Decode(ReadOnlySpan<byte> body)
    {
        var reader = new ProtocolReader(body, 0, StructureName);
        string userDn = reader.ReadAsciiString(nameof(UserDn));
        uint flags = reader.ReadUInt32(nameof(Flags));
        uint codePage = reader.ReadUInt32(nameof(DefaultCodePage));
        uint lcidSort = reader.ReadUInt32(nameof(LcidSort));
        uint lcidString = reader.ReadUInt32(nameof(LcidString));
        byte[] aux = MapiHttpBodyFields.ReadSized(ref reader, MapiHttpBodyFields.AuxiliaryBufferSize, nameof(AuxiliaryBuffer));
        reader.ExpectEnd(nameof(AuxiliaryBuffer));
        return new ConnectRequestBody(userDn, flags, codePage, lcidSort, lcidString, aux);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteString8(UserDn);
        writer.WriteUInt32(Flags);
        writer.WriteUInt32(DefaultCodePage);
        writer.WriteUInt32(LcidSort);
        writer.WriteUInt32(LcidString);
        MapiHttpBodyFields.WriteSized(writer, AuxiliaryBuffer);
    }

    public byte[] ToBytes() => MapiHttpBodyFields.ToBytes(Encode);
}
