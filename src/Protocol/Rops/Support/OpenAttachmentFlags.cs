namespace Conformance.Protocol.Rops.Support;

/// <summary>OpenAttachmentFlags of RopOpenAttachment ([MS-OXCMSG] 2.2.3.12.1).</summary>
[Flags]
public enum OpenAttachmentFlags : byte
{
    ReadOnly = 0x00,
    ReadWrite = 0x01,
    BestAccess = 0x03,
}
