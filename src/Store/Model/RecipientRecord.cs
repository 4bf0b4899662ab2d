namespace Conformance.Store.Model;

/// <summary>A recipient row of a message (its properties, including PidTagRowid and PidTagRecipientType).</summary>
public sealed class RecipientRecord : StoreObjectRecord
{
    public RecipientRecord Clone() => new() { Properties = Properties.Clone() };
}
