namespace Conformance.Suites.OXCPRPT.S06_PropertyModel;

using Conformance.Protocol.Data;

/// <summary>Why the open Message object has, or lacks, a property: what the model's expectation rests on.</summary>
internal enum Origin
{
    /// <summary>As stored: never touched on this handle.</summary>
    Stored,

    /// <summary>Set through this handle ([MS-OXCPRPT] 3.2.5.4: readable at once).</summary>
    SetHere,

    /// <summary>Deleted through this handle ([MS-OXCPRPT] 3.2.5.5: gone at once).</summary>
    DeletedHere,

    /// <summary>Set, not saved, then the message was reopened ([MS-OXCPRPT] 3.2.5.4: not persisted without a save).</summary>
    DiscardedSet,

    /// <summary>Deleted, not saved, then the message was reopened ([MS-OXCPRPT] 3.2.5.5: not persisted without a save).</summary>
    DiscardedDelete,

    /// <summary>Deleted through an earlier handle and saved ([MS-OXCPRPT] 3.2.5.5: no value to return any more).</summary>
    SavedDelete,
}

/// <summary>
/// The executable model of a Message object written from [MS-OXCPRPT] 3.2.5.1, 3.2.5.4 and 3.2.5.5: the
/// properties of the open object (what reads through its handle see) and the last saved state (what a reopen
/// sees). RopSetProperties and RopDeleteProperties change the open object only; RopSaveChangesMessage makes the
/// open state the saved one; reopening starts again from the saved state.
/// </summary>
internal sealed class MessageModel
{
    private readonly Dictionary<PropertyTag, PropertyValue> open = [];
    private readonly Dictionary<PropertyTag, PropertyValue> saved = [];
    private readonly Dictionary<PropertyTag, Origin> origins = [];
    private readonly HashSet<PropertyTag> setSinceOpen = [];
    private readonly HashSet<PropertyTag> everSaved = [];

    public PropertyValue? Expected(PropertyTag tag) => open.GetValueOrDefault(tag);

    public Origin OriginOf(PropertyTag tag) => origins.GetValueOrDefault(tag, Origin.Stored);

    public bool IsSet(PropertyTag tag) => open.ContainsKey(tag);

    public void Set(TaggedPropertyValue value)
    {
        open[value.PropertyTag] = value.PropertyValue;
        origins[value.PropertyTag] = Origin.SetHere;
        setSinceOpen.Add(value.PropertyTag);
    }

    public void Delete(PropertyTag tag)
    {
        open.Remove(tag);
        origins[tag] = Origin.DeletedHere;
    }

    public void Save()
    {
        saved.Clear();
        foreach ((PropertyTag tag, PropertyValue value) in open)
        {
            saved[tag] = value;
            everSaved.Add(tag);
        }
    }

    public void Reopen()
    {
        foreach (PropertyTag tag in Commands.Universe)
        {
            bool inOpen = open.TryGetValue(tag, out PropertyValue? openValue);
            bool inSaved = saved.TryGetValue(tag, out PropertyValue? savedValue);
            origins[tag] = (inOpen, inSaved) switch
            {
                (true, false) => Origin.DiscardedSet,
                (true, true) => Equals(openValue, savedValue) ? Origin.Stored : Origin.DiscardedSet,
                (false, true) => Origin.DiscardedDelete,
                (false, false) when everSaved.Contains(tag) => Origin.SavedDelete,
                (false, false) when setSinceOpen.Contains(tag) => Origin.DiscardedSet,
                _ => Origin.Stored,
            };
        }

        setSinceOpen.Clear();
        open.Clear();
        foreach ((PropertyTag tag, PropertyValue value) in saved)
        {
            open[tag] = value;
        }
    }
}
