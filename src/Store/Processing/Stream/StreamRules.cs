namespace Conformance.Store.Processing.Stream;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Store.Model;
using Conformance.Store.Objects;

/// <summary>
/// How property values become stream bytes and back, and where a stream's content is stored
/// ([MS-OXCPRPT] 3.1.1, 3.2.5.11, 3.2.5.13, 3.2.5.15).
/// </summary>
public static class StreamRules
{
    /// <summary>The stream error codes [MS-OXCPRPT] 3.2.5.13 and 3.2.5.18 name that [MS-OXCDATA] does not list by these names.</summary>
    public const uint StreamSeekError = 0x80030019;

    /// <summary>StreamAccessDenied ([MS-OXCPRPT] 3.2.5.13), the value of STG_E_ACCESSDENIED.</summary>
    public const uint StreamAccessDenied = ErrorCodes.StorageAccessDenied;

    /// <summary>StreamInvalidParam ([MS-OXCPRPT] 3.2.5.18), the value of STG_E_INVALIDPARAMETER.</summary>
    public const uint StreamInvalidParam = ErrorCodes.StorageInvalidParameter;

    /// <summary>Access to a region another session locked (the OLE lock-violation code; [MS-OXCPRPT] 3.2.5.21 names none).</summary>
    public const uint LockViolation = ErrorCodes.StorageLockViolation;

    private static readonly Encoding String8Encoding = Encoding.Latin1;

    /// <summary>Whether a stream can be opened on a property of <paramref name="type"/> on an object of <paramref name="kind"/> ([MS-OXCPRPT] 2.2.14).</summary>
    public static bool IsStreamable(PropertyObjectKind kind, PropertyType type, StoreOptions options) => kind switch
    {
        PropertyObjectKind.Message or PropertyObjectKind.Attachment =>
            type is PropertyType.PtypBinary or PropertyType.PtypObject or PropertyType.PtypString8 or PropertyType.PtypString,
        PropertyObjectKind.Folder =>
            type is PropertyType.PtypBinary || (options.FolderStreamsAllowStrings && type is PropertyType.PtypString8 or PropertyType.PtypString),
        _ => false,
    };

    /// <summary>
    /// The current value of the property as stream bytes, or null when it is not set in a form the
    /// stream can show. The string types convert into each other; PtypObject content is kept as bytes
    /// under the property ID, since a property bag has no byte form for PtypObject.
    /// </summary>
    public static byte[]? CurrentBytes(PropertyObject owner, PropertyTag tag)
    {
        PropertyValue? value = owner.Properties.Get(tag.PropertyId);
        return (tag.PropertyType, value) switch
        {
            (PropertyType.PtypBinary or PropertyType.PtypObject, PropertyValue<ValueArray<byte>> { Type: PropertyType.PtypBinary } binary) => binary.Value.ToArray(),
            (PropertyType.PtypString, PropertyValue<string> { Type: PropertyType.PtypString or PropertyType.PtypString8 } text) => Encoding.Unicode.GetBytes(text.Value),
            (PropertyType.PtypString8, PropertyValue<string> { Type: PropertyType.PtypString or PropertyType.PtypString8 } text) => String8Encoding.GetBytes(text.Value),
            _ => null,
        };
    }

    /// <summary>
    /// The property value for stream bytes. Strings end at their first null character, as the string
    /// types of [MS-OXCDATA] 2.11.1 are terminated; an odd trailing byte of a PtypString stream is dropped.
    /// </summary>
    public static PropertyValue ValueOf(PropertyType type, byte[] content) => type switch
    {
        PropertyType.PtypString => PropertyValue.String(UpToNull(Encoding.Unicode.GetString(content, 0, content.Length & ~1))),
        PropertyType.PtypString8 => PropertyValue.String8(UpToNull(String8Encoding.GetString(content))),
        _ => PropertyValue.Binary(content),
    };

    /// <summary>Stores the content into the owner's property: the folder itself, or the message or attachment working copy ([MS-OXCPRPT] 3.2.5.15).</summary>
    /// <returns>0, or TooBig when the content is larger than the store can hold as one value.</returns>
    public static uint Store(RopContext? context, StreamContent content)
    {
        if (!content.IsWritable)
        {
            return ErrorCodes.Success;
        }

        if (content.Length > Array.MaxLength)
        {
            return ErrorCodes.TooBig;
        }

        PropertyObject owner = content.Owner;
        owner.Properties.Set(content.PropertyTag.PropertyId, ValueOf(content.PropertyTag.PropertyType, content.ToArray()));
        content.IsDirty = false;

        // A folder change is a saved change: it moves the folder's modification time and change key.
        if (owner is FolderObject folder && context is not null)
        {
            ServerMaintainedProperties.OnSaved(context, folder.Properties, folder.Logon.Store);
        }

        return ErrorCodes.Success;
    }

    /// <summary>After a change: a Message or Attachment stream with write-through passes it to the working copy at once ([MS-OXCPRPT] 3.2.5.13).</summary>
    public static void AfterChange(RopContext context, StreamContent content)
    {
        if (content.Owner.Kind != PropertyObjectKind.Folder && context.Options.MessageStreamWriteThrough)
        {
            Store(context, content);
        }
    }

    /// <summary>[MS-OXCPRPT] 3.1.1, 3.2.5.13: releasing a stream stores what RopCommitStream has not.</summary>
    public static void CommitOnRelease(StreamObject stream)
    {
        if (stream.Content.IsDirty)
        {
            Store(null, stream.Content);
        }
    }

    /// <summary>Whether the owner lives in the public folders store ([MS-OXCPRPT] 3.2.5.11).</summary>
    public static bool IsPublicFolder(PropertyObject owner) => owner.Kind == PropertyObjectKind.Folder && owner.Logon.Store is PublicFolderStore;

    private static string UpToNull(string text)
    {
        int end = text.IndexOf('\0', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}
