namespace Conformance.Store.Model;

using Conformance.Protocol.Data;

/// <summary>
/// The named-property mapping of a store ([MS-OXCPRPT] 3.2.5.10): names map to property IDs above
/// 0x8000 and below 0xFFFF, stable for the life of the store; PS_MAPI names map to the ID their LID gives.
/// The ROP handlers apply the protocol rules (Create flag, limits); this class only keeps the map.
/// </summary>
public sealed class NamedPropertyMap
{
    /// <summary>The first ID of the named range.</summary>
    public const ushort FirstNamedId = 0x8000;

    /// <summary>The first ID the map assigns: [MS-OXCPRPT] 3.2.5.10 wants new IDs greater than 0x8000.</summary>
    public const ushort FirstAssignedId = 0x8001;

    /// <summary>The last usable ID of the named range (0xFFFF is not a property ID).</summary>
    public const ushort LastNamedId = 0xFFFE;

    /// <summary>PS_INTERNET_HEADERS ([MS-OXPROPS] 1.3.2): names in this set are kept lower-case ([MS-OXCPRPT] 3.2.5.10).</summary>
    public static readonly Guid PsInternetHeaders = new("00020386-0000-0000-C000-000000000046");

    private readonly Dictionary<NameKey, ushort> ids = [];
    private readonly Dictionary<ushort, PropertyName> names = [];
    private ushort next = FirstAssignedId;

    public int Count => names.Count;

    public bool TryGetId(PropertyName name, out ushort propertyId) => ids.TryGetValue(NameKey.Of(name), out propertyId);

    public bool TryGetName(ushort propertyId, out PropertyName name) => names.TryGetValue(propertyId, out name!);

    /// <summary>Maps <paramref name="name"/> to the next free ID; null when the range is exhausted or <paramref name="limit"/> reached.</summary>
    public ushort? Add(PropertyName name, int limit)
    {
        if (names.Count >= limit || next > LastNamedId || next < FirstAssignedId)
        {
            return null;
        }

        ushort id = next++;
        ids[NameKey.Of(name)] = id;
        names[id] = name;
        return id;
    }

    /// <summary>Every mapping, in the order the IDs were assigned.</summary>
    public IEnumerable<(ushort PropertyId, PropertyName Name)> All => names.OrderBy(p => p.Key).Select(p => (p.Key, p.Value));

    /// <summary>How many more names <see cref="Add"/> can map under <paramref name="limit"/>.</summary>
    public int Remaining(int limit) => Math.Max(0, Math.Min(limit - names.Count, LastNamedId - next + 1));

    // Names compare by GUID and LID, or by GUID and the exact string; the handlers lower-case
    // PS_INTERNET_HEADERS names before they get here ([MS-OXCPRPT] 3.2.5.10).
    private readonly record struct NameKey(Guid Guid, PropertyNameKind Kind, uint Lid, string? Name)
    {
        public static NameKey Of(PropertyName name) => new(name.Guid, name.Kind, name.Lid ?? 0, name.Name);
    }
}
