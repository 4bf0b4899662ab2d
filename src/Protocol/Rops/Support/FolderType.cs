namespace Conformance.Protocol.Rops.Support;

/// <summary>FolderType of RopCreateFolder ([MS-OXCFOLD] 2.2.1.2.1).</summary>
public enum FolderType : byte
{
    /// <summary>FOLDER_GENERIC.</summary>
    Generic = 0x01,

    /// <summary>FOLDER_SEARCH.</summary>
    Search = 0x02,
}
