namespace Conformance.Fuzz.Traffic;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;

/// <summary>
/// The ReturnValues a ROP response may carry. A ROP listed here is held to its own codes; every other ROP, for now, to
/// any code of the [MS-OXCDATA] 2.4 tables, since the specifications do not close the list of codes most ROPs can return
/// (a server may fail any ROP with the generic codes of [MS-OXCDATA] 2.4.1). The call-level codes are those of
/// [MS-OXCRPC] 3.1.4.2 and [MS-OXCMAPIHTTP] 2.2.4.2.2: success or an [MS-OXCDATA] 2.4 code.
/// </summary>
public static class AllowedReturnValues
{
    // ROPs whose sections name their codes exhaustively go here; none is listed yet (see the summary).
    private static readonly Dictionary<RopId, HashSet<uint>> PerRop = [];

    // Codes a ROP's own section names that the [MS-OXCDATA] 2.4 tables do not list.
    private static readonly Dictionary<RopId, HashSet<uint>> Beyond = new()
    {
        // StreamSeekError (0x80030019), [MS-OXCPRPT] 3.2.5.18: a seek before the start or past the largest stream.
        [RopId.RopSeekStream] = [0x80030019],
    };

    public static bool IsAllowed(RopId ropId, uint returnValue) =>
        returnValue == 0
        || (Beyond.TryGetValue(ropId, out HashSet<uint>? extra) && extra.Contains(returnValue))
        || (PerRop.TryGetValue(ropId, out HashSet<uint>? codes) ? codes.Contains(returnValue) : ErrorCodes.TryGetName(returnValue, out _));

    public static bool IsAllowedCallCode(uint returnCode) => returnCode == 0 || ErrorCodes.TryGetName(returnCode, out _);
}
