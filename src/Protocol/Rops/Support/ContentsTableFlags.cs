namespace Conformance.Protocol.Rops.Support;

/// <summary>TableFlags of RopGetContentsTable ([MS-OXCFOLD] 2.2.1.14.1).</summary>
[Flags]
public enum ContentsTableFlags : byte
{
    None = 0x00,
    Associated = 0x02,
    DeferredErrors = 0x08,
    NoNotifications = 0x10,
    SoftDeletes = 0x20,
    UseUnicode = 0x40,
    ConversationMembers = 0x80,
}
