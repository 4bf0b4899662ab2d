namespace Conformance.Protocol.Rops.Store;

/// <summary>ResponseFlags of the RopLogon private mailbox success response ([MS-OXCSTOR] 2.2.1.1.3).</summary>
[Flags]
public enum ResponseFlags : byte
{
    None = 0x00,

    /// <summary>Always set by the server.</summary>
    Reserved = 0x01,
    OwnerRight = 0x02,
    SendAsRight = 0x04,

    /// <summary>The Out of Office state is set on the mailbox.</summary>
    Oof = 0x10,
}
