namespace Conformance.Store.Objects;

using Conformance.Store.Model;

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
}
