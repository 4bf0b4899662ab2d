namespace Conformance.Protocol.Rpc;

using Conformance.Protocol.Encoding;

/// <summary>The 8-byte header in front of every extended buffer payload ([MS-OXCRPC] 2.2.2.1).</summary>
/// <param name="Version">Must be 0x0000.</param>
/// <param name="Flags">How the payload is transformed and whether another header follows.</param>
/// <param name="Size">Length of the payload on the wire, after compression and obfuscation.</param>
/// <param name="SizeActual">Length of the payload once uncompressed; equal to Size when not compressed.</param>
public readonly record struct RpcHeaderExt(ushort Version, RpcHeaderExtFlags Flags, ushort Size, ushort SizeActual)
{
    public const string StructureName = "RPC_HEADER_EXT";

    /// <summary>Encoded length of the header in bytes.</summary>
    public const int EncodedSize = 8;

    public bool IsCompressed => (Flags & RpcHeaderExtFlags.Compressed) != 0;

    public bool IsObfuscated => (Flags & RpcHeaderExtFlags.XorMagic) != 0;

    public bool IsLast => (Flags & RpcHeaderExtFlags.Last) != 0;

    /// <summary>
    /// Reads one header and checks the rules that concern the header alone: Version is zero, and
    /// Size is below SizeActual when compressed, equal to it otherwise.
    /// </summary>
    public static RpcHeaderExt Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(StructureName);
        int versionAt = reader.Offset;
        ushort version = reader.ReadUInt16(nameof(Version));
        if (version != 0)
        {
            throw reader.ErrorAt(versionAt, nameof(Version), ProtocolErrorKind.InvalidValue, $"version 0x{version:X4}, only 0x0000 is defined");
        }

        var flags = (RpcHeaderExtFlags)reader.ReadUInt16(nameof(Flags));
        int sizeAt = reader.Offset;
        ushort size = reader.ReadUInt16(nameof(Size));
        int sizeActualAt = reader.Offset;
        ushort sizeActual = reader.ReadUInt16(nameof(SizeActual));
        var header = new RpcHeaderExt(version, flags, size, sizeActual);

        // [MS-OXCRPC] 2.2.2.1: compression must shrink the payload; without it both sizes agree.
        if (header.IsCompressed && size >= sizeActual)
        {
            throw reader.ErrorAt(sizeAt, nameof(Size), ProtocolErrorKind.InvalidValue, $"compressed Size {size} is not less than SizeActual {sizeActual}");
        }

        if (!header.IsCompressed && size != sizeActual)
        {
            throw reader.ErrorAt(sizeActualAt, nameof(SizeActual), ProtocolErrorKind.InvalidValue, $"SizeActual {sizeActual} differs from Size {size} on an uncompressed payload");
        }

        reader.Leave(outer);
        return header;
    }

    /// <summary>Writes the fields as they are, so that tests can also build headers a decoder must reject.</summary>
    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt16(Version);
        writer.WriteUInt16((ushort)Flags);
        writer.WriteUInt16(Size);
        writer.WriteUInt16(SizeActual);
    }
}
