namespace Conformance.Store.Processing;

using System.Buffers.Binary;
using Conformance.Protocol.Data;
using Conformance.Store.Model;

/// <summary>
/// The common properties the server keeps on folders, messages and attachments ([MS-OXCPRPT] 2.2.1):
/// creation and modification times, the change key, record and search keys and the last modifier.
/// </summary>
public static class ServerMaintainedProperties
{
    /// <summary>Sets what a new object that is stored at once (a folder) starts with, its first change key included.</summary>
    public static void OnCreated(RopContext context, PropertyBag properties, MessageStore store)
    {
        OnCreatedUnsaved(context, properties);
        Touch(context, properties, store);
    }

    /// <summary>
    /// Sets what a new message or attachment starts with before its first save: creation and modification
    /// time, record and search keys, last modifier ([MS-OXCMSG] 3.2.5.2). No PidTagChangeKey: it identifies
    /// the last saved change ([MS-OXCPRPT] 2.2.1.3) and there is none yet, so it is NotFound until the save
    /// (the [MS-OXCPRPT] 4.3 example reads it as NotFound on an object being built); the first save sets it.
    /// </summary>
    public static void OnCreatedUnsaved(RopContext context, PropertyBag properties)
    {
        PropertyValue now = PropertyValue.Time(context.Server.Time.GetUtcNow().UtcDateTime);
        properties.Set(PropertyIds.CreationTime, now);
        properties.Set(PropertyIds.LastModificationTime, now);
        properties.Set(PropertyIds.RecordKey, PropertyValue.Binary(Guid.NewGuid().ToByteArray()));
        properties.Set(PropertyIds.SearchKey, PropertyValue.Binary(Guid.NewGuid().ToByteArray()));
        properties.Set(PropertyIds.LastModifierName, PropertyValue.String(context.Session.User.Name));
    }

    /// <summary>Updates what every saved change updates: modification time, change key, last modifier.</summary>
    public static void OnSaved(RopContext context, PropertyBag properties, MessageStore store) => Touch(context, properties, store);

    /// <summary>
    /// After a folder's properties changed (immediately, [MS-OXCPRPT] 3.2.5.4): the folder's modification
    /// time and change key ([MS-OXCPRPT] 2.2.1.3, 2.2.1.6) move on. PidTagLastModifierName does not apply
    /// to folders (2.2.1.5).
    /// </summary>
    public static void OnFolderChanged(RopContext context, PropertyBag properties, MessageStore store)
    {
        properties.Set(PropertyIds.LastModificationTime, PropertyValue.Time(context.Server.Time.GetUtcNow().UtcDateTime));
        properties.Set(PropertyIds.ChangeKey, PropertyValue.Binary(ChangeKey(store)));
    }

    private static void Touch(RopContext context, PropertyBag properties, MessageStore store)
    {
        properties.Set(PropertyIds.LastModificationTime, PropertyValue.Time(context.Server.Time.GetUtcNow().UtcDateTime));
        properties.Set(PropertyIds.ChangeKey, PropertyValue.Binary(ChangeKey(store)));
        properties.Set(PropertyIds.LastModifierName, PropertyValue.String(context.Session.User.Name));
    }

    // [MS-OXCFXICS] 2.2.2.2: a change key is an XID, the store's REPLGUID then a 6-byte change counter.
    private static byte[] ChangeKey(MessageStore store)
    {
        byte[] xid = new byte[22];
        store.ReplicaGuid.TryWriteBytes(xid);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(counter, store.NextGlobalCounter());
        counter[2..].CopyTo(xid.AsSpan(16));
        return xid;
    }
}
