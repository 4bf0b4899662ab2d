namespace Conformance.Protocol.Rpc;

/// <summary>The Flags field of RPC_HEADER_EXT ([MS-OXCRPC] 2.2.2.1).</summary>
/// <remarks>Undefined bits are kept as sent; none of them changes the layout.</remarks>
[Flags]
public enum RpcHeaderExtFlags : ushort
{
    None = 0x0000,

    /// <summary>The payload is LZ77/DIRECT2 compressed; SizeActual is its uncompressed length.</summary>
    Compressed = 0x0001,

    /// <summary>Every payload byte is XORed with 0xA5 ([MS-OXCRPC] 3.1.4.1.1.3).</summary>
    XorMagic = 0x0002,

    /// <summary>No further RPC_HEADER_EXT follows this payload.</summary>
    Last = 0x0004,
}
