namespace Conformance.Protocol.Rops.Store;

/// <summary>OpenFlags of the RopLogon request ([MS-OXCSTOR] 2.2.1.1.1).</summary>
[Flags]
public enum OpenFlags : uint
{
    None = 0x00000000,
    UseAdminPrivilege = 0x00000001,
    Public = 0x00000002,
    HomeLogon = 0x00000004,
    TakeOwnership = 0x00000008,
    AlternateServer = 0x00000100,
    IgnoreHomeMdb = 0x00000200,
    NoMail = 0x00000400,
    UsePerMdbReplidMapping = 0x01000000,
    SupportProgress = 0x20000000,
}
