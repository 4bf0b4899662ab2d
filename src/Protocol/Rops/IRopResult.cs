namespace Conformance.Protocol.Rops;

/// <summary>
/// The common head of a ROP response ([MS-OXCROPS] 2.2): the request's handle index (InputHandleIndex
/// or OutputHandleIndex, as the ROP names it) and the ReturnValue.
/// </summary>
public interface IRopResult
{
    byte HandleIndex { get; }

    uint ReturnValue { get; }
}
