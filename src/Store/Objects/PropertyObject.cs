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

    /// <summary>A property the server computes on read instead of storing (for example PidTagAccess), or null.</summary>
    public virtual PropertyValue? ComputedProperty(ushort propertyId) => CommonProperties.Computed(this, propertyId);

    /// <summary>The IDs <see cref="ComputedProperty"/> can answer, so that listing all properties includes them ([MS-OXCPRPT] 3.2.5.2, 3.2.5.3).</summary>
    public virtual IEnumerable<ushort> ComputedPropertyIds => CommonProperties.ComputedIds(Kind);
}
