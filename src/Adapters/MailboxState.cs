namespace Conformance.Adapters;

/// <summary>Conditions of a mailbox that [MS-OXCSTOR] 3.2.5.1 gives RopLogon error codes for.</summary>
public enum MailboxState
{
    Available,
    Disabled,
    InTransit,
    DatabaseOffline,
}
