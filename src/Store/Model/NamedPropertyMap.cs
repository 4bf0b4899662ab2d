namespace Conformance.Store.Model;

using Conformance.Protocol.Data;

/// <summary>
/// The named-property mapping of a store ([MS-OXCPRPT] 3.2.5.10): names map to property IDs in
/// 0x8000-0xFFFE, stable for the life of the store; PS_MAPI names map to the ID their LID gives.
/// The ROP handlers apply the protocol rules (Create flag, limits); this class only keeps the map.
/// </summary>
public sealed class NamedPropertyMap
{
    /// <summary>The first ID of the named range.</summary>
    public const ushort FirstNamedId = 0x8000;

    /// <summary>The last usable ID of the named range (0xFFFF is not a property ID).</summary>
    public const ushort LastNamedId = 0xFFFE;

    private readonly Dictionary<NameKey, ushort> ids = [];
    private readonly Dictionary<ushort, PropertyName> names = [];
    private ushort next = FirstNamedId;

    public int Count => names.Count;

    public bool TryGetId(PropertyName name, out ushort propertyId) => ids.TryGetValue(NameKey.Of(name), out propertyId);

    public bool TryGetName(ushort propertyId, out PropertyName name) => names.TryGetValue(propertyId, out name!);

    /// <summary>Maps <paramref name="name"/> to the next free ID; null when the range is exhausted or <paramref name="limit"/> reached.</summary>
    public ushort? Add(PropertyName name, int limit)
    {
        if (names.Count >= limit || next > LastNamedId || next < FirstNamedId)
        {
            return null;
        }

        ushort id = next++;
        ids[NameKey.Of(name)] = id;
        names[id] = name;
        return id;
    }

    public IEnumerable<(ushort PropertyId, PropertyName Name)> All => names.Select(p => (p.Key, p.Value));

    // Names compare by GUID and LID, or by GUID and the exact string; the handlers lower-case
    // PS_INTERNET_HEADERS names before they get here ([MS-OXCPRPT] 3.2.5.10).
    private readonly record struct NameKey(Guid Guid, PropertyNameKind Kind, uint Lid, string? Name)
    {
        public static NameKey Of(PropertyName name) => new(name.Guid, name.Kind, name.Lid ?? 0, name.Name);
    }
}
