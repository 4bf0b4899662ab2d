namespace Conformance.Store.Objects;

using Conformance.Protocol.Data;
using Conformance.Store.Model;
using Conformance.Store.Processing;

/// <summary>The kinds of object [MS-OXCPRPT] property ROPs act on ([MS-OXCPRPT] 1.3).</summary>
public enum PropertyObjectKind
{
    Logon,
    Folder,
    Message,
    Attachment,
}

/// <summary>
/// A Server object with properties: Logon, Folder, Message or Attachment. <see cref="Properties"/>
/// is what the handle sees: the stored bag for logons and folders (changes are immediate), the
/// working copy for messages and attachments (changes wait for the save, [MS-OXCPRPT] 3.2.5.4).
/// </summary>
public abstract class PropertyObject(LogonObject? logon) : ServerObject(logon)
{
    public abstract PropertyObjectKind Kind { get; }

    public abstract PropertyBag Properties { get; }

    /// <summary>Whether the handle was opened for writing; property changes through a read-only handle fail.</summary>
    public virtual bool IsWritable => true;

    /// <summary>Whether the client may not set or delete this property on this kind of object ([MS-OXCPRPT] 2.2.1, [MS-OXCSTOR] 2.2.2).</summary>
    public virtual bool IsReadOnlyProperty(ushort propertyId) => CommonProperties.IsReadOnly(Kind, propertyId);

    /// <summary>
    /// A property the server computes on read instead of storing (for example PidTagAccess), or null.
    /// The tag's type is the one the client asked for (PtypUnspecified: the property's own type); it
    /// tells apart properties that share an ID, such as PidTagMessageSize (PtypInteger32) and
    /// PidTagMessageSizeExtended (PtypInteger64), both 0x0E08 ([MS-OXCSTOR] 2.2.2.1.1.9, 2.2.2.1.1.10).
    /// A value of another type than the one asked for is the caller's to convert or refuse.
    /// </summary>
    public virtual PropertyValue? ComputedProperty(PropertyTag propertyTag) => CommonProperties.Computed(this, propertyTag.PropertyId);

    /// <summary>
    /// The tags, in their own types, <see cref="ComputedProperty"/> can answer, so that listing all
    /// properties includes them ([MS-OXCPRPT] 3.2.5.2, 3.2.5.3). One ID may appear with two types.
    /// </summary>
    public virtual IEnumerable<PropertyTag> ComputedPropertyTags => CommonProperties.ComputedTags(Kind);

    /// <summary>The IDs of <see cref="ComputedPropertyTags"/>: the client cannot set or delete them.</summary>
    public IEnumerable<ushort> ComputedPropertyIds => ComputedPropertyTags.Select(t => t.PropertyId);
}
