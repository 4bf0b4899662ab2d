namespace Conformance.Protocol.Rops.Support;

/// <summary>SaveFlags of RopSaveChangesMessage and RopSaveChangesAttachment ([MS-OXCMSG] 2.2.3.3.1); other bits are kept as sent.</summary>
[Flags]
public enum SaveFlags : byte
{
    None = 0x00,
    KeepOpenReadOnly = 0x01,
    KeepOpenReadWrite = 0x02,
    ForceSave = 0x04,
}
