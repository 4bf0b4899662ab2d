namespace Conformance.Protocol.Rops;

/// <summary>A request that acts on an object already in the Server object handle table.</summary>
public interface IRopInputHandle
{
    byte InputHandleIndex { get; }
}
