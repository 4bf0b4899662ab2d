namespace Conformance.Store.Processing;

/// <summary>Property IDs the folder, message, attachment and table ROPs read or maintain ([MS-OXPROPS]).</summary>
internal static class SupportPropertyIds
{
    public const ushort Importance = 0x0017;
    public const ushort Sensitivity = 0x0036;
    public const ushort ClientSubmitTime = 0x0039;
    public const ushort SubjectPrefix = 0x003D;
    public const ushort ReadReceiptRequested = 0x0029;
    public const ushort RecipientType = 0x0C15;
    public const ushort DeleteAfterSubmit = 0x0E01;
    public const ushort DisplayBcc = 0x0E02;
    public const ushort DisplayCc = 0x0E03;
    public const ushort DisplayTo = 0x0E04;
    public const ushort MessageFlags = 0x0E07;
    public const ushort MessageSize = 0x0E08;
    public const ushort HasAttachments = 0x0E1B;
    public const ushort NormalizedSubject = 0x0E1D;
    public const ushort TrustSender = 0x0E79;
    public const ushort Rowid = 0x3000;
    public const ushort AddressType = 0x3002;
    public const ushort EmailAddress = 0x3003;
    public const ushort Depth = 0x3005;
    public const ushort FolderType = 0x3601;
    public const ushort ContentCount = 0x3602;
    public const ushort ContentUnreadCount = 0x3603;
    public const ushort Subfolders = 0x360A;
    public const ushort AssociatedContentCount = 0x3617;
    public const ushort AttachMethod = 0x3705;
    public const ushort RenderingPosition = 0x370B;
    public const ushort CreatorName = 0x3FF8;
    public const ushort FolderChildCount = 0x6638;
    public const ushort HasNamedProperties = 0x664A;
    public const ushort LocalCommitTime = 0x6709;
    public const ushort InstanceId = 0x674D;
    public const ushort InstanceNum = 0x674E;
    public const ushort Associated = 0x67AA;
}

/// <summary>The bits of PidTagMessageFlags ([MS-OXCMSG] 2.2.1.6).</summary>
[Flags]
internal enum MessageFlags
{
    None = 0,
    Read = 0x0001,
    Unmodified = 0x0002,
    Submitted = 0x0004,
    Unsent = 0x0008,
    HasAttach = 0x0010,
    FromMe = 0x0020,
    Associated = 0x0040,
    EverRead = 0x0400,
}

/// <summary>PidTagFolderType values ([MS-OXCFOLD] 2.2.2.2.1.2).</summary>
internal static class FolderTypes
{
    public const int Root = 0;
    public const int Generic = 1;
    public const int Search = 2;
}
