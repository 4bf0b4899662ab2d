namespace Conformance.Store.Model;

using Conformance.Protocol.Data;

/// <summary>
/// The stored properties of one object, by property ID; each value carries its type. Not
/// thread-safe on its own: the server serializes all access under <see cref="StoreServer.Sync"/>.
/// </summary>
public sealed class PropertyBag
{
    private readonly SortedDictionary<ushort, PropertyValue> values;

    public PropertyBag() => values = [];

    private PropertyBag(SortedDictionary<ushort, PropertyValue> values) => this.values = values;

    public int Count => values.Count;

    /// <summary>Every stored property as a tag and value, in property ID order.</summary>
    public IEnumerable<TaggedPropertyValue> All => values.Select(p => new TaggedPropertyValue(p.Key, p.Value));

    public bool Contains(ushort propertyId) => values.ContainsKey(propertyId);

    public PropertyValue? Get(ushort propertyId) => values.GetValueOrDefault(propertyId);

    /// <summary>The value when it is stored with exactly <paramref name="tag"/>'s type.</summary>
    public PropertyValue? Get(PropertyTag tag) =>
        values.TryGetValue(tag.PropertyId, out PropertyValue? value) && (value.Type == tag.PropertyType || tag.PropertyType == PropertyType.PtypUnspecified)
            ? value
            : null;

    public T? GetValue<T>(ushort propertyId) => values.TryGetValue(propertyId, out PropertyValue? value) && value is PropertyValue<T> typed ? typed.Value : default;

    public void Set(ushort propertyId, PropertyValue value) => values[propertyId] = value;

    public bool Remove(ushort propertyId) => values.Remove(propertyId);

    public void Clear() => values.Clear();

    /// <summary>A copy that shares no mutable state (values are immutable records).</summary>
    public PropertyBag Clone() => new(new SortedDictionary<ushort, PropertyValue>(values));

    /// <summary>Replaces this bag's content with <paramref name="other"/>'s.</summary>
    public void ReplaceWith(PropertyBag other)
    {
        values.Clear();
        foreach ((ushort id, PropertyValue value) in other.values)
        {
            values[id] = value;
        }
    }
}
