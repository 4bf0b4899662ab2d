namespace Conformance.Protocol.Rops.Support;

/// <summary>OpenModeFlags of RopOpenMessage ([MS-OXCMSG] 2.2.3.1.1).</summary>
[Flags]
public enum OpenMessageModeFlags : byte
{
    ReadOnly = 0x00,
    ReadWrite = 0x01,
    BestAccess = 0x03,
    OpenSoftDeleted = 0x04,
}
