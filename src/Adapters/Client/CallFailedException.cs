namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;

/// <summary>
/// The call carrying a ROP buffer failed as a whole (a nonzero call-level return code, [MS-OXCRPC] 3.1.4.2
/// or the StatusCode / ErrorCode of [MS-OXCMAPIHTTP] 2.2.4.2.2), so no ROP response came back.
/// </summary>
public sealed class CallFailedException(uint returnCode, RopExchange exchange)
    : Exception($"the ROP buffer call failed with {ErrorCodes.Describe(returnCode)}")
{
    public uint ReturnCode { get; } = returnCode;

    public RopExchange Exchange { get; } = exchange;
}
