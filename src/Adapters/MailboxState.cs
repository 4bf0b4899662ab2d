namespace Conformance.Adapters;

/// <summary>Conditions of a mailbox that [MS-OXCSTOR] 3.2.5.1 gives RopLogon error codes for.</summary>
public enum MailboxState
{
    Available,
    Disabled,
    InTransit,
    DatabaseOffline,

    /// <summary>The user is in the directory but has no configured mailbox database ([MS-OXCSTOR] 3.2.5.1.1: ecUnknownUser).</summary>
    NoMailboxDatabase,
}
