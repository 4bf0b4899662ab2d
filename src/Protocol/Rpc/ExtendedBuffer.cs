namespace Conformance.Protocol.Rpc;

using Conformance.Protocol.Encoding;

/// <summary>
/// One extended buffer ([MS-OXCRPC] 3.1.4.1.1.1, 3.1.4.2.1.1): the RPC_HEADER_EXT as it was on the
/// wire and the payload after the obfuscation was reverted and the data uncompressed.
/// </summary>
public sealed record ExtendedBuffer
{
    public RpcHeaderExt Header { get; init; }

    /// <summary>The plain payload, SizeActual bytes long.</summary>
    public ValueArray<byte> Payload { get; init; }
}
