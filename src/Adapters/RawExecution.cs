namespace Conformance.Adapters;

/// <summary>
/// The result of one Execute call: the call-level return code (0 on success; for example
/// ecRpcFormat 0x000004B6 when the ROP input buffer cannot be parsed, [MS-OXCRPC] 3.1.4.2) and the
/// ROP output buffer, empty when the call failed.
/// </summary>
public sealed record RawExecution(uint ReturnCode, byte[] RopOutputBuffer)
{
    public bool Succeeded => ReturnCode == 0;
}
