namespace Conformance.Store.Objects;

using Conformance.Store.Model;

/// <summary>An open folder; it works on the stored folder directly.</summary>
public sealed class FolderObject(LogonObject logon, FolderRecord folder) : PropertyObject(logon)
{
    public FolderRecord Folder { get; } = folder;

    public override PropertyObjectKind Kind => PropertyObjectKind.Folder;

    public override PropertyBag Properties => Folder.Properties;
}
