namespace Conformance.Protocol.Rops.Support;

/// <summary>DeleteFolderFlags of RopDeleteFolder ([MS-OXCFOLD] 2.2.1.3.1).</summary>
[Flags]
public enum DeleteFolderFlags : byte
{
    None = 0x00,

    /// <summary>DEL_MESSAGES.</summary>
    DeleteMessages = 0x01,

    /// <summary>DEL_FOLDERS.</summary>
    DeleteFolders = 0x04,

    /// <summary>DELETE_HARD_DELETE.</summary>
    DeleteHardDelete = 0x10,
}
