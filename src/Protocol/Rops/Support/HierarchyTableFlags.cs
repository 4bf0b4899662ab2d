namespace Conformance.Protocol.Rops.Support;

/// <summary>TableFlags of RopGetHierarchyTable ([MS-OXCFOLD] 2.2.1.13.1).</summary>
[Flags]
public enum HierarchyTableFlags : byte
{
    None = 0x00,
    Depth = 0x04,
    DeferredErrors = 0x08,
    NoNotifications = 0x10,
    SoftDeletes = 0x20,
    UseUnicode = 0x40,
    SuppressesNotifications = 0x80,
}
