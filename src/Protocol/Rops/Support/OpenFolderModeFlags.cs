namespace Conformance.Protocol.Rops.Support;

/// <summary>OpenModeFlags of RopOpenFolder ([MS-OXCROPS] 2.2.4.1.1).</summary>
[Flags]
public enum OpenFolderModeFlags : byte
{
    None = 0x00,
    OpenSoftDeleted = 0x04,
}
