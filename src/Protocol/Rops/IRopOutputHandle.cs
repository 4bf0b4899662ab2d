namespace Conformance.Protocol.Rops;

/// <summary>A request whose response places a new object in the Server object handle table.</summary>
public interface IRopOutputHandle
{
    byte OutputHandleIndex { get; }
}
