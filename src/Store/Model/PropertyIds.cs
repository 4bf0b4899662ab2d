namespace Conformance.Store.Model;

/// <summary>Property IDs the store itself reads or maintains ([MS-OXPROPS]).</summary>
public static class PropertyIds
{
    public const ushort MessageClass = 0x001A;
    public const ushort DisplayName = 0x3001;
    public const ushort Comment = 0x3004;
    public const ushort CreationTime = 0x3007;
    public const ushort LastModificationTime = 0x3008;
    public const ushort ContainerClass = 0x3613;
    public const ushort FolderId = 0x6748;
    public const ushort MessageId = 0x674A;
    public const ushort ParentFolderId = 0x6749;
    public const ushort ChangeKey = 0x65E2;
    public const ushort Access = 0x0FF4;
    public const ushort AccessLevel = 0x0FF7;
    public const ushort RecordKey = 0x0FF9;
    public const ushort SearchKey = 0x300B;
    public const ushort ObjectType = 0x0FFE;
    public const ushort LastModifierName = 0x3FFA;
    public const ushort AttachNumber = 0x0E21;
    public const ushort Subject = 0x0037;
}
