namespace Conformance.Store.Objects;

using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;

/// <summary>The Logon object RopLogon creates ([MS-OXCSTOR] 1.3): the client's view of one store.</summary>
public sealed class LogonObject(byte logonId, MessageStore store, LogonFlags logonFlags, OpenFlags openFlags) : PropertyObject(null)
{
    public byte LogonId { get; } = logonId;

    public MessageStore Store { get; } = store;

    public LogonFlags LogonFlags { get; } = logonFlags;

    public OpenFlags OpenFlags { get; } = openFlags;

    public override PropertyObjectKind Kind => PropertyObjectKind.Logon;

    public override PropertyBag Properties => Store.Properties;
}
