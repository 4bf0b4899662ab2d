namespace Conformance.Adapters;

/// <summary>A configured mailbox user: the logon name, the secret (never logged), and the mailbox ESSDN used by RopLogon.</summary>
public sealed record TargetUser(string Name, string Essdn, string? Password = null, string? SmtpAddress = null)
{
    // The password stays out of logs, reports and captures.
    public override string ToString() => $"{Name} ({Essdn})";
}
