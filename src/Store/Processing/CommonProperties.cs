namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Store.Model;
using Conformance.Store.Objects;

/// <summary>
/// The rules for the common object properties of [MS-OXCPRPT] 2.2.1 that every Folder, Message and
/// Attachment object has: which the client cannot change, and which the server computes on read.
/// </summary>
public static class CommonProperties
{
    private static readonly HashSet<ushort> ReadOnly =
    [
        PropertyIds.Access, PropertyIds.AccessLevel, PropertyIds.ChangeKey, PropertyIds.CreationTime,
        PropertyIds.LastModificationTime, PropertyIds.LastModifierName, PropertyIds.ObjectType, PropertyIds.RecordKey,
    ];

    public static bool IsReadOnly(PropertyObjectKind kind, ushort propertyId) => kind != PropertyObjectKind.Logon && ReadOnly.Contains(propertyId);

    public static PropertyValue? Computed(PropertyObject value, ushort propertyId) => (value.Kind, propertyId) switch
    {
        // [MS-OXCPRPT] 2.2.1.7: message 0x5, attachment 0x7; the property does not apply to folders and logons.
        (PropertyObjectKind.Message, PropertyIds.ObjectType) => PropertyValue.Integer32(5),
        (PropertyObjectKind.Attachment, PropertyIds.ObjectType) => PropertyValue.Integer32(7),
        _ => null,
    };
}
