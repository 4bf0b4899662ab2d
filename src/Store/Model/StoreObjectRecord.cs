namespace Conformance.Store.Model;

/// <summary>What every stored object has: its properties.</summary>
public abstract class StoreObjectRecord
{
    public PropertyBag Properties { get; protected init; } = new();
}
