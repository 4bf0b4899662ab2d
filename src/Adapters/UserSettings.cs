namespace Conformance.Adapters;

/// <summary>A configured mailbox user; the password may come from an environment variable instead of the file.</summary>
public sealed class UserSettings
{
    public string Name { get; set; } = string.Empty;

    public string Essdn { get; set; } = string.Empty;

    public string? Password { get; set; }

    public string? SmtpAddress { get; set; }

    public TargetUser ToTargetUser() => new(Name, Essdn, Password, SmtpAddress);
}
