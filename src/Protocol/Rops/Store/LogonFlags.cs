namespace Conformance.Protocol.Rops.Store;

/// <summary>LogonFlags of RopLogon ([MS-OXCSTOR] 2.2.1.1.1); the response echoes Private, Undercover and Ghosted.</summary>
[Flags]
public enum LogonFlags : byte
{
    None = 0x00,

    /// <summary>Set for a private mailbox logon, clear for a public folders logon; it selects the success response layout.</summary>
    Private = 0x01,
    Undercover = 0x02,
    Ghosted = 0x04,
    SpoolerProcess = 0x08,
}
